"""Shared test setup: headless Qt, English unless a test asks, and no real keychain."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("CERTBOT_ASSISTANT_LANG", "en")
