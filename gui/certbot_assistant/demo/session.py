"""A demo session: fake CertCentral, its own in-memory keyring, a throw-away profile store,
and a sample certbot config dir in a temporary folder.

Nothing in a demo session talks to DigiCert or writes to the user's profiles, keychain, certbot
folders or task scheduler: certbot runs are played back (``played_run``), scheduling goes to
emulated commands (``scheduler``), and both write only inside the session's folder. The faces
show a DEMO banner while it is active. The session is handed to the faces as services
(``core.services.Services.demo``): it sets no environment variable and leaves the process's
keyring alone, so nothing outside the session can pick up its pieces by accident.

The sample folder is KB scenario 1 as a help desk meets it: ``Certbot`` already holds an account
registered with an older KID and a certificate due for renewal, so the new KID would be ignored.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from certbot_assistant.core.certbot.discovery import CertbotInstall
from certbot_assistant.core.configdir.marker import record_account
from certbot_assistant.core.configdir.profiles import Profile, ProfileStore
from certbot_assistant.core.renewal.schedule import RenewalTest, Scheduler
from certbot_assistant.core.run.certbot_run import CertbotRun, RunRequest
from certbot_assistant.core.sandbox import within
from certbot_assistant.core.secrets import SecretStore
from certbot_assistant.core.step_context import StepContext
from certbot_assistant.core.system.process import LineCallback
from certbot_assistant.core.system.process import Outcome as ProgramOutcome
from certbot_assistant.demo.fake_certcentral import CREDENTIAL_NAME, DEMO_API_KEY, FakeCertCentral
from certbot_assistant.demo.memory_keyring import MemoryKeyring
from certbot_assistant.demo.played_run import (
    PlayedCertbotRun,
    played_certbot,
    played_renew,
    played_renewal_test,
)
from certbot_assistant.demo.sample_config_dir import add_account, add_lineage
from certbot_assistant.demo.scheduler import EmulatedSchedulerCommands, demo_scheduler

DEFAULT_SCENARIOS = ("healthy", "pending-2h")
DEMO_PROFILE = "Demo - IIS servers OV"
DEMO_SERVER = "https://one.digicert.com/mpki/api/v1/acme/v2/directory"
DEMO_KID = "DEMO-KID-4f2a9c"
DEMO_HMAC = "ZGVtby1obWFjLWtleS1mb3ItdHJhaW5pbmctb25seQ"
OLD_KID = "DEMO-OLD-KID-1c9e07"
SAMPLE_NAME = "www.example.com"


@dataclass
class DemoSession:
    fake: FakeCertCentral
    folder: Path
    secrets: SecretStore
    profiles: ProfileStore
    profile_name: str = DEMO_PROFILE
    scheduler_commands: EmulatedSchedulerCommands = field(default_factory=EmulatedSchedulerCommands)

    @property
    def config_dir(self) -> Path:
        """The sample certbot config dir (the demo's "default" one)."""
        return self.folder / "Certbot"

    def run(self, request: RunRequest, on_line: LineCallback | None = None) -> CertbotRun:
        """A run factory for the faces: certbot played back inside the demo folder."""
        return PlayedCertbotRun(request, on_line, sandbox=self.folder)

    api_key: str = DEMO_API_KEY
    """The fake CertCentral's key (the demo shows it and can put it back)."""

    @property
    def certcentral_base_url(self) -> str:
        return self.fake.url

    @property
    def certbot(self) -> CertbotInstall:
        """The played-back certbot the Certbot page offers (nothing needs installing)."""
        return played_certbot(self.folder)

    def renewal_test(
        self, context: StepContext, certbot: Path, config_dir: Path, allow_dry_run: bool
    ) -> RenewalTest:
        """The Done page's "Test renewal", played back like every run in demo mode."""
        del context, certbot, allow_dry_run
        return played_renewal_test(config_dir)

    def renew_program(
        self,
        argv: Sequence[str],
        *,
        timeout_s: float,
        cancelled: Callable[[], bool] = lambda: False,
        env: Mapping[str, str] | None = None,
    ) -> ProgramOutcome:
        """``certbot renew`` played back for the config dir named in ``argv`` (inside the demo
        folder, which the assistant checked before); nothing starts."""
        del timeout_s, cancelled, env
        config_dir = Path(argv[argv.index("--config-dir") + 1])
        if not within(config_dir, self.folder):
            raise OSError(f"demo mode plays certbot back only inside {self.folder}")
        return played_renew(config_dir)

    def scheduler(self, windows: bool = os.name == "nt") -> Scheduler:
        return demo_scheduler(self.folder, windows, self.scheduler_commands)

    def stop(self) -> None:
        self.fake.stop()
        shutil.rmtree(self.folder, ignore_errors=True)


def start_demo(scenarios: Iterable[str] = DEFAULT_SCENARIOS) -> DemoSession:
    fake = FakeCertCentral()
    fake.set_scenarios(scenarios)
    fake.start()
    folder = Path(tempfile.mkdtemp(prefix="certbot-assistant-demo-"))
    secrets = SecretStore(MemoryKeyring())
    secrets.store_api_key("us", DEMO_API_KEY)
    secrets.store_hmac(DEMO_KID, DEMO_HMAC)
    session = DemoSession(fake, folder, secrets, ProfileStore(folder / "profiles.json"))
    write_sample_config_dir(session.config_dir)
    session.profiles.add(
        Profile(
            name=DEMO_PROFILE,
            server=DEMO_SERVER,
            eab_kid=DEMO_KID,
            region="us",
            config_dir=str(session.config_dir),
            acme_credential_name=CREDENTIAL_NAME,
        )
    )
    return session


def write_sample_config_dir(config_dir: Path) -> None:
    """KB 1: an account registered with ``OLD_KID`` and a certificate due in three weeks."""
    import datetime as dt

    account = add_account(config_dir, DEMO_SERVER, OLD_KID)
    record_account(config_dir, DEMO_SERVER, OLD_KID, account)
    not_after = dt.datetime.now(dt.UTC) + dt.timedelta(days=21)
    add_lineage(config_dir, SAMPLE_NAME, DEMO_SERVER, account, not_after=not_after)
