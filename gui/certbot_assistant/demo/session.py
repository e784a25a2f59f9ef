"""A demo session: fake CertCentral, an in-memory keyring, a throw-away profile store.

Nothing in a demo session talks to DigiCert or writes to the user's profiles or keychain; the
faces show a DEMO banner while it is active.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import keyring

from certbot_assistant.core.certcentral_client import URL_ENV
from certbot_assistant.core.profiles import PATH_ENV, Profile, ProfileStore
from certbot_assistant.core.secrets import SecretStore
from certbot_assistant.demo.fake_certcentral import CREDENTIAL_NAME, DEMO_API_KEY, FakeCertCentral
from certbot_assistant.demo.memory_keyring import MemoryKeyring

DEFAULT_SCENARIOS = ("healthy", "pending-2h")
DEMO_PROFILE = "Demo - IIS servers OV"
DEMO_SERVER = "https://one.digicert.com/mpki/api/v1/acme/v2/directory"
DEMO_KID = "DEMO-KID-4f2a9c"
DEMO_HMAC = "ZGVtby1obWFjLWtleS1mb3ItdHJhaW5pbmctb25seQ"


@dataclass
class DemoSession:
    fake: FakeCertCentral
    folder: Path
    previous_env: dict[str, str | None]
    previous_keyring: object
    profile_name: str = DEMO_PROFILE

    def stop(self) -> None:
        self.fake.stop()
        for name, value in self.previous_env.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        keyring.set_keyring(self.previous_keyring)  # type: ignore[arg-type]
        shutil.rmtree(self.folder, ignore_errors=True)


def start_demo(scenarios: Iterable[str] = DEFAULT_SCENARIOS) -> DemoSession:
    fake = FakeCertCentral()
    fake.set_scenarios(scenarios)
    fake.start()
    folder = Path(tempfile.mkdtemp(prefix="certbot-assistant-demo-"))
    previous_env = {name: os.environ.get(name) for name in (URL_ENV, PATH_ENV)}
    os.environ[URL_ENV] = fake.url
    os.environ[PATH_ENV] = str(folder / "profiles.json")
    previous_keyring = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    secrets = SecretStore()
    secrets.store_api_key("us", DEMO_API_KEY)
    secrets.store_hmac(DEMO_KID, DEMO_HMAC)
    ProfileStore().add(
        Profile(
            name=DEMO_PROFILE,
            server=DEMO_SERVER,
            eab_kid=DEMO_KID,
            region="us",
            config_dir=str(folder / "Certbot-demo"),
            acme_credential_name=CREDENTIAL_NAME,
        )
    )
    return DemoSession(fake, folder, previous_env, previous_keyring)
