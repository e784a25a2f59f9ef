"""Render every window of the app to PNG in English and Japanese, to look at.

    .venv/bin/python scripts/screenshots.py [--out screenshots]

Uses a demo config dir with typical problems (KB 1: an account bound to another KID, a lineage
renewing against the old server, an HMAC key in the log) so every kind of row is on screen.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from certbot_assistant.core.marker import record_account  # noqa: E402
from certbot_assistant.i18n import install_translators  # noqa: E402
from tests.helpers.synthetic import add_account, add_lineage  # noqa: E402

SERVER = "https://one.digicert.com/mpki/api/v1/acme/v2/directory"


def demo_config_dir(root: Path) -> Path:
    cfg = root / "Certbot"
    account = add_account(cfg, SERVER, "demo")
    record_account(cfg, SERVER, "OLD-KID-4f2a9c", account)
    now = dt.datetime.now(dt.UTC)
    add_lineage(cfg, "www.example.co.jp", "https://acme.digicert.com/v2/acme/directory/", account)
    add_lineage(cfg, "mail.example.co.jp", SERVER, account, not_after=now + dt.timedelta(days=12))
    logs = cfg / "logs"
    logs.mkdir()
    (logs / "letsencrypt.log.1").write_text(
        "Arguments: ['--eab-kid', 'OLD-KID-4f2a9c', '--eab-hmac-key', 'bm90LWEtcmVhbC1rZXk']\n"
    )
    return cfg


def wait_until(predicate, timeout_ms: int = 20000) -> None:
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: loop.quit() if predicate() else None)
    QTimer.singleShot(timeout_ms, loop.quit)
    timer.start()
    loop.exec()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "screenshots")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from certbot_assistant.ui import main_window

    with tempfile.TemporaryDirectory() as tmp:
        cfg = demo_config_dir(Path(tmp))
        installed = []
        for lang in ("en", "ja"):
            for translator in installed:
                QCoreApplication.removeTranslator(translator)
            installed = install_translators(app, lang)
            window = main_window.MainWindow(config_dir=cfg)
            original = main_window.diagnose

            def with_kid(request, _original=original):
                from dataclasses import replace

                return _original(replace(request, server=SERVER, eab_kid="NEW-KID-91bd07"))

            main_window.diagnose = with_kid
            window.show()
            window.rescan()
            wait_until(lambda w=window: not w.scanning)
            wait_until(lambda: False, timeout_ms=300)  # let deferred layout passes run
            main_window.diagnose = original
            out = args.out / lang
            out.mkdir(parents=True, exist_ok=True)
            window.grab().save(str(out / "main_window.png"))
            print(out / "main_window.png")
            window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
