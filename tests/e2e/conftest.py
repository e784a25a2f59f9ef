"""End-to-end: the assistant's own run engine, CLI and wizard driving real certbot against real
Pebble, with the real Secret Service and the fake CertCentral."""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from keyring.backends import SecretService
from PySide6.QtCore import QSettings

from certbot_assistant.core.certbot.discovery import DiscoveryEnvironment
from certbot_assistant.core.configdir.profiles import ProfileStore
from certbot_assistant.core.renewal.schedule import Scheduler
from certbot_assistant.core.secrets import SecretStore
from certbot_assistant.demo.fake_certcentral import FakeCertCentral
from certbot_assistant.ui.services import Services
from tests.helpers.pebble import Pebble


@pytest.fixture(params=["2.9", "5"])
def certbot(request: pytest.FixtureRequest) -> Path:
    """Each certbot users run: 2.9.0 (the EFF Windows installer's last) and 5.x."""
    name = "certbot_29_exe" if request.param == "2.9" else "certbot_exe"
    return request.getfixturevalue(name)  # type: ignore[no-any-return]


class RecordingRunner:
    """Stands in for systemctl: records the calls, changes nothing on the machine."""

    def __init__(self) -> None:
        self.calls: list[list[str]] = []

    def run(self, argv: Sequence[str], input_text: str | None = None) -> tuple[int, str, str]:
        self.calls.append(list(argv))
        return 0, "", ""


def files_containing(roots: list[Path], needle: bytes) -> list[Path]:
    """Every regular file under ``roots`` whose bytes contain ``needle`` (links not followed)."""
    hits: list[Path] = []
    for root in roots:
        if root.is_file():
            candidates = [root]
        elif root.is_dir():
            candidates = [p for p in root.rglob("*") if p.is_file() and not p.is_symlink()]
        else:
            candidates = []
        hits += [p for p in candidates if needle in p.read_bytes()]
    return hits


@pytest.fixture
def fake_certcentral() -> Iterator[FakeCertCentral]:
    server = FakeCertCentral().start()
    yield server
    server.stop()


@pytest.fixture
def services(
    tmp_path: Path,
    certbot_exe: Path,
    pebble: Pebble,
    fake_certcentral: FakeCertCentral,
    secret_service_env: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
) -> Services:
    """The wizard's outside world: real keyring, real certbot, Pebble trusted, fake CertCentral,
    and a temporary folder standing in for certbot's default config dir."""
    for key, value in secret_service_env.items():
        monkeypatch.setenv(key, value)
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(pebble.cert_path))
    default_dir = tmp_path / "Certbot"
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    return Services(
        secrets=SecretStore(SecretService.Keyring()),
        profiles=ProfileStore(tmp_path / "profiles.json"),
        settings=settings,
        discovery=lambda paths: DiscoveryEnvironment(
            windows=False, path_dirs=[certbot_exe.parent], user_paths=list(paths)
        ),
        default_config_dir=lambda: default_dir,
        certcentral_url=lambda region: fake_certcentral.url,
        windows=False,
        scheduler_factory=lambda: Scheduler(
            windows=False,
            runner=RecordingRunner(),
            unit_dir=tmp_path / "systemd",
            system_unit_dirs=(),
            cron_dir=tmp_path / "cron",
            use_systemd=True,
        ),
    )


@pytest.fixture(autouse=True)
def _no_real_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A modal dialog would hang a headless test; each test answers the ones it expects."""
    from PySide6.QtWidgets import QMessageBox

    def unexpected(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"unexpected dialog: {args[1:3]}")

    monkeypatch.setattr(QMessageBox, "question", unexpected)
    monkeypatch.setattr(
        QMessageBox, "exec", lambda box: unexpected(box, box.windowTitle(), box.text())
    )
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
