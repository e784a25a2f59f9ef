"""Renewal scheduling: tasks read from recorded schtasks output, generated task XML and systemd
units checked against what Task Scheduler (schema) and systemd (systemd-analyze) accept, and the
scheduler's commands recorded through its runner."""

from __future__ import annotations

import os
import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path, PureWindowsPath

import pytest

from certbot_assistant.core.renewal.schedule import (
    ScheduleError,
    Scheduler,
    UnsafePathError,
    cron_entry,
    dry_run_is_harmless,
    parse_schtasks_xml,
    parse_unit_or_cron,
    renewal_findings,
    systemd_quote,
    systemd_units,
    systemd_words,
    task_xml,
)

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "schtasks"
QUERY = (FIXTURES / "query-xml.txt").read_text()


class Recorder:
    def __init__(self, answers: dict[str, tuple[int, str, str]] | None = None) -> None:
        self.calls: list[list[str]] = []
        self.files: dict[str, str] = {}
        self.answers = answers or {}

    def run(self, argv: Sequence[str], input_text: str | None = None) -> tuple[int, str, str]:
        self.calls.append(list(argv))
        if "/XML" in argv and "/Create" in argv:
            path = argv[argv.index("/XML") + 1]
            self.files[path] = Path(path).read_text(encoding="utf-16")
        return self.answers.get(argv[0] + " " + argv[1], (0, "", ""))


def _linux_tool(name: str, package: str) -> str:
    """A checker that exists on Linux only: required there (scripts/test installs it), skipped
    under Windows, where the same XML and units were already checked by the Linux run."""
    if os.name == "nt":
        pytest.skip(f"{name} is a Linux tool; the Linux run checks the same output")
    found = shutil.which(name)
    if found is None:
        pytest.fail(f"{name} missing: apt-get install {package} (scripts/test does it)")
    return found


def test_tasks_from_recorded_schtasks_output() -> None:
    tasks = parse_schtasks_xml(QUERY)
    summary = [(t.name, t.config_dir, t.enabled) for t in tasks]
    assert summary == [
        ("\\Certbot Renew Task", None, True),
        ("\\Certbot Assistant\\Renew C-Certbot-prod", "C:\\Certbot-prod", True),
        ("\\Certbot Assistant\\Renew C-Certbot-old", "C:\\Certbot old", True),
        ("\\Certbot Assistant\\Renew D-disabled", "D:\\disabled", False),
    ]
    assert tasks[0].certbot == "certbot"
    assert tasks[1].certbot == "C:\\Certbot-venv\\Scripts\\certbot.exe"


def test_status_per_config_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    tasks = parse_schtasks_xml(QUERY)
    default = PureWindowsPath("C:\\Certbot")
    existing = {"C:\\Certbot", "C:\\Certbot-prod", "C:\\Certbot-venv\\Scripts\\certbot.exe"}
    monkeypatch.setattr(Path, "exists", lambda self: str(self) in existing)
    monkeypatch.setattr(Path, "is_dir", lambda self: str(self) in existing)
    monkeypatch.setattr(
        "shutil.which", lambda name: "C:\\bin\\certbot.exe" if name == "certbot" else None
    )

    def ids(folder: str, certs: bool = True) -> list[str]:
        return [f.id for f in renewal_findings(Path(folder), certs, tasks, Path(str(default)))]

    assert ids("C:\\Certbot") == []  # the EFF task runs plain "certbot renew": the default dir
    assert ids("C:\\Certbot-prod") == []
    assert ids("C:\\Certbot-new") == ["renewal-not-scheduled"]  # KB 1's new folder, uncovered
    assert ids("C:\\Certbot-new", certs=False) == []
    assert ids("D:\\disabled") == ["renewal-not-scheduled"]  # a disabled task renews nothing
    # The installer's certbot was removed: the task that points at it is broken.
    assert ids("C:\\Certbot old") == ["renewal-task-broken"]


def test_generated_task_xml_is_valid_and_round_trips(tmp_path: Path) -> None:
    xml = task_xml(
        "C:\\Certbot-venv\\Scripts\\certbot.exe",
        PureWindowsPath("C:\\Certbot prod"),  # type: ignore[arg-type]
        PureWindowsPath("C:\\Certbot prod\\work"),  # type: ignore[arg-type]
        PureWindowsPath("C:\\Certbot prod\\logs"),  # type: ignore[arg-type]
        minutes=(17, 43),
        now=datetime(2026, 11, 26, tzinfo=UTC),
    )
    assert xml.startswith('<?xml version="1.0" encoding="UTF-16"?>')
    root = ET.fromstring(xml.split("\n", 1)[1])
    ns = {"t": "http://schemas.microsoft.com/windows/2004/02/mit/task"}
    assert root.findtext("t:Principals/t:Principal/t:UserId", namespaces=ns) == "S-1-5-18"
    assert root.findtext("t:Principals/t:Principal/t:RunLevel", namespaces=ns) == "HighestAvailable"
    starts = [n.text for n in root.findall("t:Triggers/t:CalendarTrigger/t:StartBoundary", ns)]
    assert starts == ["2026-11-26T00:17:00", "2026-11-26T12:43:00"]
    arguments = root.findtext("t:Actions/t:Exec/t:Arguments", namespaces=ns)
    assert arguments == (
        'renew -n --config-dir "C:\\Certbot prod" --work-dir "C:\\Certbot prod\\work" '
        '--logs-dir "C:\\Certbot prod\\logs"'
    )
    (task,) = parse_schtasks_xml(f"<!-- \\Certbot Assistant\\x -->\n{xml}")
    assert task.config_dir == "C:\\Certbot prod"
    # Against the Task Scheduler schema (the part of taskschd.xsd these tasks use).
    xmllint = _linux_tool("xmllint", "libxml2-utils")
    path = tmp_path / "task.xml"
    path.write_text(xml, encoding="utf-16")
    result = subprocess.run(
        [xmllint, "--noout", "--schema", str(FIXTURES / "task-scheduler-subset.xsd"), str(path)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr


def test_schema_check_can_fail(tmp_path: Path) -> None:
    xmllint = _linux_tool("xmllint", "libxml2-utils")
    bad = task_xml("c", Path("/x"), Path("/x/w"), Path("/x/l")).replace("HighestAvailable", "Root")
    path = tmp_path / "bad.xml"
    path.write_text(bad, encoding="utf-16")
    result = subprocess.run(
        [xmllint, "--noout", "--schema", str(FIXTURES / "task-scheduler-subset.xsd"), str(path)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode != 0


def test_systemd_units_verify(tmp_path: Path) -> None:
    analyze = _linux_tool("systemd-analyze", "systemd")
    certbot = tmp_path / "bin" / "certbot"  # systemd-analyze checks that ExecStart exists
    certbot.parent.mkdir()
    certbot.write_text("#!/bin/sh\n")
    certbot.chmod(0o755)
    service, timer = systemd_units(
        str(certbot), tmp_path / "Certbot prod", tmp_path / "w", tmp_path / "l"
    )
    (tmp_path / "cbx-renew.service").write_text(service)
    (tmp_path / "cbx-renew.timer").write_text(timer)
    result = subprocess.run(
        [analyze, "verify", str(tmp_path / "cbx-renew.service"), str(tmp_path / "cbx-renew.timer")],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    (task,) = parse_unit_or_cron(service, "cbx-renew.service", "systemd")
    assert task.config_dir == str(tmp_path / "Certbot prod")
    cron = cron_entry(
        "/usr/bin/certbot", Path("/etc/le-x"), Path("/etc/le-x/w"), Path("/etc/le-x/l")
    )
    (cron_task,) = parse_unit_or_cron(cron, "certbot-assistant-renew-x", "cron")
    assert cron_task.config_dir == "/etc/le-x" and cron_task.certbot == "/usr/bin/certbot"


def test_windows_schedule_and_unschedule_go_through_the_runner(tmp_path: Path) -> None:
    recorder = Recorder()
    scheduler = Scheduler(windows=True, runner=recorder)
    name = scheduler.schedule(
        "C:\\cb\\certbot.exe", Path("C:/Certbot-prod"), Path("C:/w"), Path("C:/l")
    )
    assert name.startswith("\\Certbot Assistant\\Renew ")
    create = recorder.calls[0]
    assert create[:4] == ["schtasks", "/Create", "/TN", name] and create[-1] == "/F"
    (xml,) = recorder.files.values()
    assert "<UserId>S-1-5-18</UserId>" in xml and "C:\\cb\\certbot.exe" in xml
    assert scheduler.unschedule(Path("C:/Certbot-prod")) is True
    assert recorder.calls[-1] == ["schtasks", "/Delete", "/TN", name, "/F"]
    failing = Scheduler(
        windows=True, runner=Recorder({"schtasks /Create": (1, "", "ERROR: Access is denied.")})
    )
    with pytest.raises(ScheduleError, match="Access is denied"):
        failing.schedule("c", Path("C:/x"), Path("C:/x/w"), Path("C:/x/l"))
    querying = Scheduler(windows=True, runner=Recorder({"schtasks /Query": (0, QUERY, "")}))
    assert len(querying.tasks()) == 4


def test_linux_systemd_and_cron(tmp_path: Path) -> None:
    recorder = Recorder()
    scheduler = Scheduler(windows=False, runner=recorder, unit_dir=tmp_path / "units",
                          system_unit_dirs=(), cron_dir=tmp_path / "cron", use_systemd=True)  # fmt: skip
    config = tmp_path / "le-prod"
    name = scheduler.schedule("/opt/certbot/bin/certbot", config, config / "work", config / "logs")
    assert (tmp_path / "units" / f"{name}.timer").exists()
    assert recorder.calls == [
        ["systemctl", "daemon-reload"],
        ["systemctl", "enable", "--now", f"{name}.timer"],
    ]
    (task,) = scheduler.tasks()
    assert task.covers(config, Path("/etc/letsencrypt"))
    assert scheduler.unschedule(config) is True
    assert not (tmp_path / "units" / f"{name}.service").exists()
    cron_only = Scheduler(windows=False, runner=Recorder(), unit_dir=tmp_path / "u2",
                          system_unit_dirs=(), cron_dir=tmp_path / "cron", use_systemd=False)  # fmt: skip
    cron_name = cron_only.schedule("/usr/bin/certbot", config, config / "w", config / "l")
    assert (tmp_path / "cron" / cron_name).read_text().count("renew") == 2
    assert [t.source for t in cron_only.tasks()] == ["cron"]


def test_dry_run_only_where_harmless() -> None:
    assert not dry_run_is_harmless("https://one.digicert.com/mpki/api/v1/acme/v2/directory")
    assert not dry_run_is_harmless("https://acme.example.com/directory")
    assert dry_run_is_harmless("https://acme-v02.api.letsencrypt.org/directory")
    assert dry_run_is_harmless("https://127.0.0.1:14000/dir")


def test_the_renewal_test_lists_instead_of_a_dry_run_where_it_must(tmp_path: Path) -> None:
    from certbot_assistant.core.configdir.inspection import inspect_config_dir
    from certbot_assistant.core.renewal.schedule import renewal_test_command
    from tests.helpers.synthetic import add_account, add_lineage

    def verb(server: str, **kwargs: bool) -> str:
        folder = tmp_path / str(abs(hash((server, tuple(kwargs.items())))))
        add_lineage(folder, "www.example.com", server, add_account(folder, server))
        argv, _dry = renewal_test_command("certbot", inspect_config_dir(folder), **kwargs)
        return " ".join(argv[1:3])

    pebble = "https://127.0.0.1:14000/dir"
    assert verb(pebble) == "renew --dry-run"
    assert verb(pebble, allow_dry_run=False).startswith("certificates")  # demo mode
    assert verb("https://one.digicert.com/mpki/api/v1/acme/v2/directory").startswith("certificates")


HOSTILE_DIR = 'srv/100%h/a "b" $HOME \\x'


def test_systemd_reads_a_path_with_specifiers_and_quotes_as_it_is(tmp_path: Path) -> None:
    """``%h`` is systemd's home-folder specifier and ``$HOME`` a variable: written unescaped,
    /srv/100%h/certs became /srv/100/root/certs. systemd-analyze checks that the program the
    unit names exists, so a wrong escape of its path fails here (systemd takes no quotes or
    backslashes there at all: those are refused, below)."""
    analyze = _linux_tool("systemd-analyze", "systemd")
    folder = tmp_path / HOSTILE_DIR
    certbot = tmp_path / "opt" / "100%h $x" / "certbot"
    certbot.parent.mkdir(parents=True)
    certbot.write_text("#!/bin/sh\n")
    certbot.chmod(0o755)
    service, timer = systemd_units(str(certbot), folder, folder / "work", folder / "logs")
    (tmp_path / "cbx-odd.service").write_text(service)
    (tmp_path / "cbx-odd.timer").write_text(timer)
    result = subprocess.run(
        [analyze, "verify", str(tmp_path / "cbx-odd.service"), str(tmp_path / "cbx-odd.timer")],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    (task,) = parse_unit_or_cron(service, "cbx-odd", "systemd")
    assert task.certbot == str(certbot) and task.config_dir == str(folder)


@pytest.mark.parametrize("bad", ["/srv/a\nExecStartPost=/bin/rm -rf /", "/srv/a\rb", "/srv/\x00"])
def test_a_line_break_in_a_folder_is_refused_for_units_and_cron(bad: str) -> None:
    for make in (systemd_units, cron_entry):
        with pytest.raises(UnsafePathError):
            make("certbot", Path(bad), Path(bad) / "w", Path(bad) / "l")


@pytest.mark.parametrize("program", ['/opt/a"b/certbot', "/opt/it's/certbot", "/opt/a\\b/certbot"])
def test_a_program_path_systemd_cannot_run_is_refused(program: str) -> None:
    with pytest.raises(UnsafePathError):
        systemd_units(program, Path("/c"), Path("/c/w"), Path("/c/l"))


def test_cron_keeps_a_percent_sign_literal() -> None:
    line = cron_entry("certbot", Path("/srv/100%/c"), Path("/srv/100%/c/w"), Path("/l"))
    command = line.splitlines()[1]
    assert "100\\%" in command and "100%" not in command.replace("100\\%", "")
    (task,) = parse_unit_or_cron(command, "cron", "cron")
    assert task.config_dir == str(Path("/srv/100%/c"))


def test_systemd_quoting_round_trips() -> None:
    for arg in ["plain", "with space", 'q"uote', "back\\slash", "100%h", "$HOME", "it's"]:
        assert systemd_words("/bin/prog " + systemd_quote(arg)) == ["/bin/prog", arg]
