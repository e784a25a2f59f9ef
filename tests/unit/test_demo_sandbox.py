"""Demo mode is a sandbox: runs are played back and scheduling is emulated, with the
assistant's own preflight, marker, classifier and task XML, and nothing outside the demo folder
changes. (The fake CertCentral has its own tests.)"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from certbot_assistant.core.certbot.command import CertbotDirs, IssueOptions
from certbot_assistant.core.certificates.certificate_info import read_certificate
from certbot_assistant.core.configdir.inspection import inspect_config_dir
from certbot_assistant.core.configdir.marker import read_marker
from certbot_assistant.core.renewal.schedule import renewal_findings
from certbot_assistant.core.run.certbot_run import (
    CertbotNotStarted,
    RunRefused,
    RunRequest,
    issue_request,
)
from certbot_assistant.demo.played_run import PlayedCertbotRun, requested_names
from certbot_assistant.demo.session import (
    DEMO_HMAC,
    DEMO_KID,
    DEMO_SERVER,
    OLD_KID,
    DemoSession,
    start_demo,
)


@pytest.fixture
def session() -> Iterator[DemoSession]:
    demo = start_demo()
    yield demo
    demo.stop()
    assert not demo.folder.exists()


def request_for(
    config_dir: Path, names: tuple[str, ...] = ("www.example.com", "example.com")
) -> RunRequest:
    options = IssueOptions(
        domains=names,
        server=DEMO_SERVER,
        dirs=CertbotDirs(config_dir, config_dir / "work", config_dir / "logs"),
    )
    return issue_request(Path("/usr/bin/certbot"), options, DEMO_KID, DEMO_HMAC)


def test_the_sample_folder_is_kb1(session: DemoSession) -> None:
    report = inspect_config_dir(session.config_dir, DEMO_SERVER, DEMO_KID, scan_platform_logs=False)
    assert "account-kid-mismatch" in [f.id for f in report.findings]
    marker = read_marker(session.config_dir)
    assert marker is not None and [a.eab_kid for a in marker.accounts] == [OLD_KID]


def test_the_real_preflight_refuses_the_sample_folder(session: DemoSession) -> None:
    with pytest.raises(RunRefused) as info:
        session.run(request_for(session.config_dir)).run()
    assert [f.id for f in info.value.findings] == ["account-kid-mismatch"]


def test_a_played_run_issues_into_a_new_folder_and_records_the_kid(session: DemoSession) -> None:
    new_dir = session.folder / "Certbot-new"
    lines: list[tuple[str, str]] = []
    run = PlayedCertbotRun(
        request_for(new_dir), lambda s, t: lines.append((s, t)), sandbox=session.folder,
        line_delay_s=0,
    )  # fmt: skip
    result = run.run()
    assert result.succeeded and [f.id for f in result.findings] == ["run-succeeded"]
    assert ("stdout", "Account registered.") in lines
    assert ("stdout", "Requesting a certificate for www.example.com and example.com") in lines
    assert result.certificate_path == new_dir / "live" / "www.example.com" / "fullchain.pem"
    assert read_certificate(result.certificate_path).names == ("www.example.com", "example.com")
    marker = read_marker(new_dir)
    assert marker is not None and [a.eab_kid for a in marker.accounts] == [DEMO_KID]
    assert "--eab-hmac-key ********" in " ".join(result.display_argv)
    report = inspect_config_dir(new_dir, DEMO_SERVER, DEMO_KID, scan_platform_logs=False)
    assert [f.id for f in report.findings if f.severity.value == "error"] == []
    # A second run reuses the folder's account, as certbot does.
    again = PlayedCertbotRun(request_for(new_dir), sandbox=session.folder, line_delay_s=0).run()
    assert again.succeeded and "Account registered." not in again.stdout


def test_a_played_run_never_writes_outside_the_demo_folder(
    session: DemoSession, tmp_path: Path
) -> None:
    with pytest.raises(CertbotNotStarted, match="Demo mode writes only inside"):
        session.run(request_for(tmp_path / "Certbot")).run()
    assert not (tmp_path / "Certbot").exists()


def test_a_played_run_can_be_cancelled(session: DemoSession) -> None:
    new_dir = session.folder / "Certbot-cancel"
    run = PlayedCertbotRun(request_for(new_dir), sandbox=session.folder, line_delay_s=0.5)
    threading.Timer(0.2, run.cancel).start()
    result = run.run()
    assert result.cancelled and [f.id for f in result.findings] == ["run-cancelled"]
    assert not (new_dir / "live").exists()


@pytest.mark.parametrize(
    "windows",
    [True, pytest.param(False, marks=pytest.mark.skipif(
        os.name == "nt", reason="systemd units name POSIX paths; a Windows path is refused"))],
)  # fmt: skip
def test_scheduling_in_demo_mode_is_emulated_end_to_end(
    session: DemoSession, windows: bool, tmp_path: Path
) -> None:
    certbot = tmp_path / "certbot"  # the task's certbot must exist to count as working
    certbot.write_text("")
    scheduler = session.scheduler(windows=windows)
    name = scheduler.schedule(
        str(certbot),
        session.config_dir,
        session.config_dir / "work",
        session.config_dir / "logs",
    )
    tasks = scheduler.tasks()
    assert [t.name.removesuffix(".service") for t in tasks] == [name]
    assert renewal_findings(session.config_dir, True, tasks, Path("/nonexistent")) == []
    assert scheduler.unschedule(session.config_dir)
    assert scheduler.tasks() == []
    commands = session.scheduler_commands.calls
    assert all(call[0] in ("schtasks", "systemctl") for call in commands)
    if not windows:
        assert (session.folder / "systemd").is_dir()  # unit files inside the demo folder


def test_requested_names_reads_every_d_option() -> None:
    assert requested_names(["certonly", "-d", "a.example", "--domains", "b.example,c.example"]) == [
        "a.example",
        "b.example",
        "c.example",
    ]


def test_demo_mode_sets_no_environment_variable_and_leaves_the_keyring_alone() -> None:
    """Before, the demo set CERTBOT_ASSISTANT_* variables and swapped the process's keyring, so
    anything else in the process (a test, a second window) met the demo's pieces."""
    import os

    import keyring

    from certbot_assistant.core.services import Services

    environment = dict(os.environ)
    backend = keyring.get_keyring()
    demo = start_demo()
    try:
        services = Services.demo(demo)
        assert services.secrets.read_hmac(DEMO_KID) == DEMO_HMAC
        assert [p.name for p in services.profiles.load()] == [demo.profile_name]
        assert services.certcentral_url("us") == demo.fake.url
        assert dict(os.environ) == environment
        assert keyring.get_keyring() is backend
        assert services.may_change(demo.config_dir) and not services.may_change(Path.home())
    finally:
        demo.stop()
    assert dict(os.environ) == environment and keyring.get_keyring() is backend


def test_demo_diagnose_renewal_never_asks_the_real_scheduler(
    qapp: object, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """It leaked: ``--demo diagnose --renewal`` queried the machine's systemd/schtasks.
    (In-process, so the real scheduler can be trapped; ``qapp`` first, as the CLI would
    otherwise create a bare QCoreApplication for its translations.)"""
    from certbot_assistant import cli
    from certbot_assistant.core.renewal import schedule as renewal_schedule

    def real_scheduler(*_args: object, **_kwargs: object) -> tuple[int, str, str]:
        raise AssertionError("the real OS scheduler was asked in demo mode")

    monkeypatch.setattr(renewal_schedule.SystemRunner, "run", real_scheduler)
    code = cli.main(["--demo", "diagnose", "--renewal"])
    out = capsys.readouterr().out
    assert code in (0, 1), out
    assert "(renewal-not-scheduled)" in out  # the emulated scheduler knows no task for it
