"""The certbot included with the assistant: certbot's own command line, frozen with the same
Python and libraries as the assistant (one folder, shared DLLs), so a bare Windows Server needs
nothing else. Its plugins (standalone, webroot, manual) come from certbot's entry points, whose
metadata the spec ships."""

import sys

from certbot.main import main

if __name__ == "__main__":
    sys.exit(main())
