"""``certbot-assistant migrate`` against Pebble with two EAB keys and real certbot (2.9 and 5.x):
a folder plain certbot filled under KID 1 moves to a new folder under KID 2, settings and all.

Pebble validates every challenge (PEBBLE_VA_ALWAYS_VALID), so the webroot folders only have to
exist and the standalone ports be free; what is proven is what certbot records and reuses.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from configobj import ConfigObj

from certbot_assistant.cli import build_parser, run_command
from certbot_assistant.core.assistant import Assistant
from certbot_assistant.core.certbot.discovery import DiscoveryEnvironment
from certbot_assistant.core.configdir.marker import read_marker
from certbot_assistant.core.configdir.profiles import Profile, ProfileStore
from certbot_assistant.core.renewal.schedule import Scheduler
from certbot_assistant.core.services import Services
from certbot_assistant.core.step_context import StepContext
from certbot_assistant.core.steps.migrate import plan_migration
from tests.e2e.conftest import RecordingRunner
from tests.helpers.certbot import dirs_args, run_certbot
from tests.helpers.pebble import EAB_KEYS, Pebble, free_port

pytestmark = pytest.mark.e2e
PROFILE = "New credential"
LOCAL = ("--agree-tos", "-n", "--register-unsafely-without-email")


def old_folder(certbot: Path, pebble: Pebble, base: Path) -> Path:
    """Four lineages made by plain certbot with KID 1: webroot with its folder, standalone on
    its own port, one with a deploy hook, one RSA (the others are certbot's ECDSA default)."""
    old = base / "OldCertbot"
    www = base / "www"
    www.mkdir(parents=True)
    common = ["certonly", *LOCAL, "--server", pebble.directory_url, *dirs_args(old),
              "--eab-kid", "kid-1", "--eab-hmac-key", EAB_KEYS["kid-1"]]  # fmt: skip
    lineages = [
        ["--webroot", "-w", str(www), "-d", "web.example.test"],
        ["--standalone", "--http-01-port", str(free_port()), "-d", "port.example.test"],
        [
            "--standalone",
            "--http-01-port",
            str(free_port()),
            "-d",
            "hook.example.test",
            "--deploy-hook",
            "echo deployed",
        ],
        [
            "--standalone",
            "--http-01-port",
            str(free_port()),
            "-d",
            "rsa.example.test",
            "--key-type",
            "rsa",
            "--rsa-key-size",
            "2048",
        ],
    ]
    for extra in lineages:
        done = run_certbot(certbot, [*common, *extra], ca_bundle=pebble.cert_path)
        assert done.returncode == 0, done.stdout + done.stderr
    return old


def services(certbot: Path, tmp_path: Path, pebble: Pebble) -> Services:
    world = Services.real(
        profiles=ProfileStore(tmp_path / "profiles.json"),
        discovery=lambda paths: DiscoveryEnvironment(
            windows=False, path_dirs=[certbot.parent], user_paths=list(paths)
        ),
        default_config_dir=lambda: tmp_path / "default-letsencrypt",
        windows=False,
        certificate_store=lambda: None,
        binding_manager=lambda: None,
        folders_registry=lambda: tmp_path / "config-dirs.json",
        scheduler_factory=lambda: Scheduler(
            windows=False,
            runner=RecordingRunner(),
            unit_dir=tmp_path / "systemd",
            system_unit_dirs=(),
            cron_dir=tmp_path / "cron",
            use_systemd=True,
        ),
    )
    world.profiles.add(Profile(PROFILE, pebble.directory_url, "kid-2"))
    world.secrets.store_hmac("kid-2", EAB_KEYS["kid-2"])
    return world


def cli(world: Services, *argv: str) -> tuple[int, str]:
    args = build_parser(list(argv)).parse_args(list(argv))
    args.services = world
    out = io.StringIO()
    return run_command(args, out), out.getvalue()


def params(folder: Path, name: str) -> dict[str, object]:
    conf = ConfigObj(str(folder / "renewal" / f"{name}.conf"), encoding="utf-8")
    return dict(conf["renewalparams"])


NOT_COMPARED = {"account", "server", "config_dir", "work_dir", "logs_dir"}


def test_a_folder_moves_to_the_new_credential_settings_and_all(
    certbot: Path, pebble: Pebble, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(pebble.cert_path))
    old = old_folder(certbot, pebble, tmp_path)
    before = {name: params(old, name) for name in
              ("web.example.test", "port.example.test", "hook.example.test", "rsa.example.test")}  # fmt: skip
    new, archive = tmp_path / "NewCertbot", tmp_path / "old-backup.zip"
    world = services(certbot, tmp_path, pebble)

    code, out = cli(world, "migrate", "--from", str(old), "--to", str(new), "--profile", PROFILE,
                    "--plan", "--format", "json")  # fmt: skip
    assert code == 0, out
    assert '"orders": 4' in out and '"blocked": []' in out

    code, out = cli(world, "migrate", "--from", str(old), "--to", str(new), "--profile", PROFILE,
                    "--certbot", str(certbot), "--archive", str(archive), "--yes")  # fmt: skip
    assert code == 0, out
    for name, old_params in before.items():
        moved = params(new, name)
        for key in old_params.keys() - NOT_COMPARED:
            assert moved.get(key) == old_params[key], (name, key, moved.get(key))
        assert moved["server"] == pebble.directory_url
        assert (new / "live" / name / "fullchain.pem").exists()
    assert params(new, "web.example.test")["authenticator"] == "webroot"
    assert params(new, "rsa.example.test")["key_type"] == "rsa"
    assert params(new, "hook.example.test")["renew_hook"] == "echo deployed"
    marker = read_marker(new)
    assert marker is not None and {a.eab_kid for a in marker.accounts} == {"kid-2"}
    assert sorted(m.name for m in marker.migrated) == sorted(before)
    assert not old.exists() and zipfile.ZipFile(archive).testzip() is None
    assert "migrate-lineage-moved" in out


def test_a_stopped_move_goes_on_where_it_stopped(
    certbot_exe: Path, pebble: Pebble, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Stopped while the second certificate is ordered (Stop, SIGTERM and Ctrl+C all end the
    step's context): the first is recorded as moved, the old folder is untouched, and the
    same move run again orders only the rest."""
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(pebble.cert_path))
    old = old_folder(certbot_exe, pebble, tmp_path)
    new = tmp_path / "NewCertbot"
    world = services(certbot_exe, tmp_path, pebble)
    profile = world.profiles.get(PROFILE)
    assistant = Assistant(world)
    install, _ = assistant.pick_certbot(StepContext(), certbot_exe)
    assert install is not None
    plan = plan_migration(old, new, profile)
    first, second = plan.to_order[0].name, plan.to_order[1].name
    context: StepContext

    def stop_at_the_second(stage: str) -> None:
        if stage == second:
            context.cancel()

    context = StepContext(on_progress=stop_at_the_second)
    stopped = assistant.migrate(context, plan, install)
    assert stopped.moved == [first] and stopped.stopped_at == second
    assert "migrate-stopped" in [f.id for f in stopped.findings]
    assert (old / "renewal" / f"{second}.conf").exists() and not (new / "live" / second).exists()

    again = plan_migration(old, new, profile)
    assert [p.name for p in again.lineages if p.moved] == [first]
    assert len(again.to_order) == 3
    finished = assistant.migrate(StepContext(), again, install)
    assert finished.succeeded, [f.id for f in finished.findings]
    assert sorted(finished.moved) == sorted(p.name for p in plan.lineages)
    assert old.exists()  # no --archive: the old folder stays


def test_the_plan_says_why_a_lineage_cannot_move(
    certbot_exe: Path, pebble: Pebble, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A manual lineage someone answered by hand has no hook to answer it unattended."""
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(pebble.cert_path))
    old = tmp_path / "OldCertbot"
    done = run_certbot(
        certbot_exe,
        ["certonly", *LOCAL, "--server", pebble.directory_url, *dirs_args(old),
         "--eab-kid", "kid-1", "--eab-hmac-key", EAB_KEYS["kid-1"], "--manual",
         "--manual-auth-hook", "true", "-d", "manual.example.test"],
        ca_bundle=pebble.cert_path,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    conf = old / "renewal" / "manual.example.test.conf"
    conf.write_text(
        "".join(line for line in conf.read_text().splitlines(keepends=True)
                if not line.startswith("manual_auth_hook"))
    )  # fmt: skip
    world = services(certbot_exe, tmp_path, pebble)
    code, out = cli(world, "migrate", "--from", str(old), "--to", str(tmp_path / "New"),
                    "--profile", PROFILE, "--plan")  # fmt: skip
    assert code == 1
    assert "migrate-manual-without-hooks" in out and "manual.example.test" in out
    assert not (tmp_path / "New").exists()
    assert conf.exists()
