from __future__ import annotations

import logging
from pathlib import Path

from certbot_assistant.core.app_logging import redact, register_secret, setup_logging


def test_registered_values_and_secret_shapes_are_masked() -> None:
    register_secret("Sup3rSecretValue")
    assert "Sup3rSecretValue" not in redact("key=Sup3rSecretValue end")
    assert redact("['--eab-hmac-key', 'abc123xyz']") == "['--eab-hmac-key', '***']"
    assert redact("--eab-hmac-key=abc123xyz") == "--eab-hmac-key=***"
    assert redact("eab-hmac-key = abc123xyz") == "eab-hmac-key = ***"
    assert redact("X-DC-DEVKEY: ABCDEF123") == "X-DC-DEVKEY: ***"


def test_log_file_never_holds_a_secret(tmp_path: Path) -> None:
    root = logging.getLogger()
    before = list(root.handlers)
    path = setup_logging(tmp_path, level=logging.DEBUG)
    try:
        register_secret("AnotherSecret987")
        log = logging.getLogger("certbot_assistant.test")
        log.info("argv %s", ["--eab-hmac-key", "AnotherSecret987"])
        try:
            raise ValueError("boom AnotherSecret987")
        except ValueError:
            log.exception("failed with %s", "AnotherSecret987")
        for handler in root.handlers:
            handler.flush()
        assert path is not None
        text = path.read_text()
        assert "AnotherSecret987" not in text
        assert "boom ***" in text and "argv" in text
    finally:
        for handler in root.handlers[:]:
            if handler not in before:
                root.removeHandler(handler)
                handler.close()
