"""Frozen entry point: the same ``certbot-assistant`` command (GUI without arguments)."""

import sys

from certbot_assistant.cli import main

if __name__ == "__main__":
    sys.exit(main())
