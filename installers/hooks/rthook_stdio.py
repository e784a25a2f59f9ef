"""PyInstaller runtime hook: a windowed build has no console, so sys.stdout/stderr are None.

Anything that writes to them (argparse, logging's last-resort handler, a stray print) would
crash the app; send them to os.devnull instead.
"""

import os
import sys
from pathlib import Path

for _name in ("stdout", "stderr"):
    if getattr(sys, _name) is None:
        setattr(sys, _name, Path(os.devnull).open("w", encoding="utf-8"))  # noqa: SIM115
