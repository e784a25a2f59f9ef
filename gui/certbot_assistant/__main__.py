"""``python -m certbot_assistant`` behaves like the ``certbot-assistant`` command."""

import sys

from certbot_assistant.cli import main

sys.exit(main())
