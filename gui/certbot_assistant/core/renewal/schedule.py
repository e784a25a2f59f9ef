"""Scheduled renewal for every config dir: what renews it today, and a task or timer if nothing.

DigiCert's fix for KB 1 and 2 is a new ``--config-dir``, but the task the old Windows installer
created runs plain ``certbot renew``, which only sees the default folder (reference/certbot.md
§3): certificates in the new folder would silently stop renewing. This module reads the
scheduled tasks (Windows: ``schtasks /Query /XML``) or systemd timers and cron entries (Linux),
says which config dirs they cover, and creates or removes one task per folder. Every call to
schtasks or systemctl goes through one ``CommandRunner`` so tests can record them.
"""

from __future__ import annotations

import logging
import os
import random
import re
import shlex
import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path, PurePath, PureWindowsPath
from typing import Protocol

from certbot_assistant.core import findings as F
from certbot_assistant.core.certbot.command import CertbotDirs
from certbot_assistant.core.certbot.server_path import host_of
from certbot_assistant.core.configdir.inspection import ConfigDirReport
from certbot_assistant.core.errors import TranslatableError
from certbot_assistant.core.step_context import never
from certbot_assistant.core.system.process import run_program
from certbot_assistant.core.translation import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

TASK_TIME_LIMIT_S = 2 * 3600
"""The renewal task's own limit (Task Scheduler's ExecutionTimeLimit, systemd's
TimeoutStartSec); the assistant stops certbot before it (steps/watched_renewal.py)."""

TASK_NS = "http://schemas.microsoft.com/windows/2004/02/mit/task"
TASK_FOLDER = "\\Certbot Assistant"
UNIT_PREFIX = "certbot-assistant-renew-"
SYSTEM_SID = "S-1-5-18"  # LocalSystem
SCHEDULER_TIMEOUT_S = 60.0
RENEWAL_TEST_TIMEOUT_S = 600.0
# certbot's --dry-run against DigiCert places a real order; only these are known to be harmless.
DRY_RUN_SAFE_HOSTS = ("acme-staging-v02.api.letsencrypt.org", "acme-v02.api.letsencrypt.org",
                      "localhost", "127.0.0.1", "::1")  # fmt: skip


class CommandRunner(Protocol):
    def run(self, argv: Sequence[str], input_text: str | None = None) -> tuple[int, str, str]: ...


class SystemRunner:
    """Runs the OS's scheduling commands (schtasks, systemctl) through core.system.process."""

    def run(self, argv: Sequence[str], input_text: str | None = None) -> tuple[int, str, str]:
        try:
            outcome = run_program(argv, timeout_s=SCHEDULER_TIMEOUT_S, input_text=input_text)
        except OSError as exc:
            return 127, "", str(exc)
        if outcome.timed_out:
            return 127, outcome.stdout, f"{argv[0]}: no answer within {SCHEDULER_TIMEOUT_S:g} s"
        return outcome.code if outcome.code is not None else 127, outcome.stdout, outcome.stderr


class ScheduleError(TranslatableError):
    """Reading, creating or removing a task failed. The detail is the scheduler's own text (in
    the system's language); the sentence around it is the assistant's, translated."""

    context = "Renewal"
    template = QT_TRANSLATE_NOOP("Renewal", "The task scheduler reported an error: %1")


@dataclass(frozen=True)
class RenewalTask:
    """One scheduled job that runs ``certbot renew``."""

    name: str
    certbot: str
    arguments: str
    config_dir: str | None  # None: certbot's default folder
    source: str  # "schtasks", "systemd" or "cron"
    enabled: bool = True
    watched: bool = False
    """The task runs ``certbot-assistant renew``: certbot, then the checks and the event log."""

    def covers(self, config_dir: Path, default_dir: Path) -> bool:
        target = self.config_dir if self.config_dir is not None else str(default_dir)
        return _same_path(target, str(config_dir))


def _same_path(a: str, b: str) -> bool:
    def norm(p: str) -> str:
        return os.path.normcase(os.path.normpath(p.strip().strip('"').rstrip("\\/")))

    return norm(a).replace("\\", "/").casefold() == norm(b).replace("\\", "/").casefold()


_CONFIG_DIR = re.compile(r"--config-dir(?:=|\s+)(?:\"([^\"]+)\"|'([^']+)'|(\S+))")


def config_dir_of(arguments: str) -> str | None:
    match = _CONFIG_DIR.search(arguments)
    if not match:
        return None
    return next(g for g in match.groups() if g)


_ASSISTANT_PROGRAMS = (
    "certbot-assistant-cli.exe",
    "certbot-assistant.exe",
    "certbot-assistant-cli",
    "certbot-assistant",
)
_WATCHED_CERTBOT = re.compile(r"--certbot(?:=|\s+)(?:\"([^\"]+)\"|'([^']+)'|(\S+))")


def _watched_certbot(program: str, arguments: str) -> str | None:
    """The certbot of a ``certbot-assistant renew --certbot X`` action (frozen exe or
    ``python -m certbot_assistant``); None for any other action."""
    assistant = program in _ASSISTANT_PROGRAMS or (
        program.startswith("python") and re.search(r"-m\s+certbot_assistant\b", arguments)
    )
    if not assistant or not re.search(r"(^|\s)renew(\s|$)", arguments):
        return None
    match = _WATCHED_CERTBOT.search(arguments)
    return next((g for g in match.groups() if g), None) if match else None


def _runs_certbot_renew(command: str, arguments: str) -> tuple[bool, str, bool]:
    """Whether an action runs ``certbot renew``, which certbot (path or bare name), and whether
    the assistant runs it (and reports what happened)."""
    program = PureWindowsPath(command.strip('"')).name.lower() if command else ""
    watched = _watched_certbot(program, arguments)
    if watched is not None:
        return True, watched, True
    if program in ("certbot.exe", "certbot") and re.search(r"(^|\s)renew(\s|$)", arguments):
        return True, command.strip('"'), False
    # The EFF installer's task: powershell -Command "certbot renew"; also cmd /c wrappers.
    inner = re.search(r"([\w:\\/. ()-]*certbot(?:\.exe)?)\"?\s+renew\b", arguments, re.IGNORECASE)
    if program in ("powershell.exe", "pwsh.exe", "cmd.exe", "powershell", "sh", "bash") and inner:
        return True, inner.group(1).strip().strip('"'), False
    return False, "", False


def parse_schtasks_xml(text: str) -> list[RenewalTask]:
    """Tasks running certbot renew in ``schtasks /Query /XML`` output (several documents, each
    preceded by a ``<!-- \\Task Name -->`` comment)."""
    tasks: list[RenewalTask] = []
    pieces = re.split(r"<!--\s*(\\[^>]*?)\s*-->", text)
    # pieces: [prefix, name1, doc1, name2, doc2, ...]; a lone document has no comment.
    pairs = list(zip(pieces[1::2], pieces[2::2], strict=False)) or [("", text)]
    for name, document in pairs:
        # The next task's XML declaration ends up at the end of this piece: drop them all.
        body = re.sub(r"<\?xml[^>]*\?>", "", document).strip()
        if not body:
            continue
        try:
            root = ET.fromstring(body)
        except ET.ParseError as exc:
            log.info("skipping a task whose XML cannot be read (%s): %s", name, exc)
            continue
        ns = {"t": TASK_NS}
        enabled_text = root.findtext("t:Settings/t:Enabled", default="true", namespaces=ns)
        for exec_node in root.findall("t:Actions/t:Exec", ns):
            command = exec_node.findtext("t:Command", default="", namespaces=ns).strip()
            arguments = exec_node.findtext("t:Arguments", default="", namespaces=ns).strip()
            found, certbot, watched = _runs_certbot_renew(command, arguments)
            if found:
                tasks.append(
                    RenewalTask(
                        name=name.strip() or "?",
                        certbot=certbot,
                        arguments=arguments,
                        config_dir=config_dir_of(arguments),
                        source="schtasks",
                        enabled=enabled_text.strip().lower() != "false",
                        watched=watched,
                    )
                )
    return tasks


def parse_unit_or_cron(text: str, name: str, source: str) -> list[RenewalTask]:
    """Tasks in a systemd service (ExecStart=) or a cron file that run certbot renew."""
    tasks: list[RenewalTask] = []
    for raw in text.splitlines():
        line = raw.strip()
        if line.startswith("#") or not line:
            continue
        if source == "systemd":
            if not line.startswith("ExecStart="):
                continue
            words = systemd_words(line.removeprefix("ExecStart=").lstrip("-@:+!"))
        else:
            fields = line.split(None, 6)
            if len(fields) < 7 or line.startswith(("SHELL", "PATH", "MAILTO")):
                continue
            try:
                words = shlex.split(fields[6].replace("\\%", "%"))
            except ValueError:
                continue
        for index, word in enumerate(words):
            rest = " ".join(shlex.quote(w) for w in words[index + 1 :])
            watched = _watched_certbot(PurePath(word).name.lower(), rest)
            if watched is not None:
                tasks.append(
                    RenewalTask(name, watched, rest, config_dir_of(rest), source, watched=True)
                )
                break
            if PurePath(word).name == "certbot" and "renew" in words[index + 1 :]:
                arguments = " ".join(shlex.quote(w) for w in words[index + 1 :])
                tasks.append(RenewalTask(name, word, arguments, config_dir_of(arguments), source))
                break
    return tasks


# Generating tasks ---------------------------------------------------------------------------


def slug_for(config_dir: Path) -> str:
    text = re.sub(r"[^A-Za-z0-9]+", "-", str(config_dir)).strip("-")
    return text[-60:] or "default"


def renew_arguments(config_dir: Path, work_dir: Path, logs_dir: Path) -> list[str]:
    return ["renew", "-n", *CertbotDirs(config_dir, work_dir, logs_dir).args()]


def renewal_action(
    certbot: str,
    config_dir: Path,
    work_dir: Path,
    logs_dir: Path,
    watcher: Sequence[str] | None = None,
) -> list[str]:
    """The task's command line: plain ``certbot renew``, or with a ``watcher`` (the assistant's
    own command) ``certbot-assistant renew --certbot …``, which runs the same certbot and then
    checks the folder and writes the outcome to the event log / journal."""
    dirs = CertbotDirs(config_dir, work_dir, logs_dir).args()
    if watcher:
        return [*watcher, "renew", "--certbot", certbot, *dirs]
    return [certbot, *renew_arguments(config_dir, work_dir, logs_dir)]


def _windows_quote(args: Sequence[str]) -> str:
    return subprocess.list2cmdline(list(args))


def task_xml(
    certbot: str,
    config_dir: Path,
    work_dir: Path,
    logs_dir: Path,
    *,
    minutes: tuple[int, int] | None = None,
    now: datetime | None = None,
    watcher: Sequence[str] | None = None,
) -> str:
    """A Task Scheduler 1.2 definition: SYSTEM, highest privileges, twice a day at random
    minutes (DigiCert and Let's Encrypt both ask clients not to renew on the full hour)."""
    first, second = minutes or (random.randrange(60), random.randrange(60))
    start = (now or datetime.now(UTC)).strftime("%Y-%m-%d")
    ET.register_namespace("", TASK_NS)
    task = ET.Element(f"{{{TASK_NS}}}Task", {"version": "1.2"})

    def sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
        node = ET.SubElement(parent, f"{{{TASK_NS}}}{tag}", attrs)
        if text is not None:
            node.text = text
        return node

    info = sub(task, "RegistrationInfo")
    sub(info, "Author", "Certbot Assistant for CertCentral")
    sub(info, "Description", f"certbot renew for {config_dir}")
    triggers = sub(task, "Triggers")
    for hour, minute in ((0, first), (12, second)):
        trigger = sub(triggers, "CalendarTrigger")
        sub(trigger, "StartBoundary", f"{start}T{hour:02d}:{minute:02d}:00")
        sub(trigger, "Enabled", "true")
        sub(trigger, "RandomDelay", "PT10M")
        schedule = sub(trigger, "ScheduleByDay")
        sub(schedule, "DaysInterval", "1")
    principals = sub(task, "Principals")
    principal = sub(principals, "Principal", id="Author")
    sub(principal, "UserId", SYSTEM_SID)
    sub(principal, "RunLevel", "HighestAvailable")
    settings = sub(task, "Settings")
    for tag, value in (
        ("MultipleInstancesPolicy", "IgnoreNew"),
        ("DisallowStartIfOnBatteries", "false"),
        ("StopIfGoingOnBatteries", "false"),
        ("StartWhenAvailable", "true"),
        ("RunOnlyIfNetworkAvailable", "true"),
        ("ExecutionTimeLimit", f"PT{TASK_TIME_LIMIT_S // 3600}H"),
        ("Enabled", "true"),
    ):
        sub(settings, tag, value)
    actions = sub(task, "Actions", Context="Author")
    action = sub(actions, "Exec")
    argv = renewal_action(certbot, config_dir, work_dir, logs_dir, watcher)
    _refuse_controls(argv)
    sub(action, "Command", argv[0])
    sub(action, "Arguments", _windows_quote(argv[1:]))
    ET.indent(task)
    body = ET.tostring(task, encoding="unicode")
    return '<?xml version="1.0" encoding="UTF-16"?>\n' + body + "\n"


class UnsafePathError(ScheduleError):
    """A path that a unit or crontab line cannot hold as it is (a line break, a control
    character): refused rather than written so that it means something else."""

    template = QT_TRANSLATE_NOOP(
        "Renewal",
        "%1 holds a character a scheduled task cannot keep (a line break or another control "
        "character; in the program's own path also a quote or a backslash); rename the folder, "
        "or use a link to it without one.",
    )


# systemd refuses these in the program's path ("Executable name contains special characters").
_SYSTEMD_PROGRAM_REFUSES = "\"'\\"


def _refuse_controls(argv: Sequence[str], program_refuses: str = "") -> None:
    for index, arg in enumerate(argv):
        refused = program_refuses if index == 0 else ""
        if any(ord(c) < 32 or ord(c) == 127 or c in refused for c in arg):
            raise UnsafePathError(arg.encode("unicode_escape").decode("ascii"))


_SYSTEMD_BARE = re.compile(r"[A-Za-z0-9_./:=+,@-]+")


def systemd_quote(arg: str, *, program: bool = False) -> str:
    """One ExecStart= word: systemd expands % specifiers (``%h`` is the home folder)
    everywhere and $VARIABLES in arguments (not in the program's path), and undoes C escapes;
    ``%%``, ``$$`` and ``\\`` keep them literal."""
    escaped = arg.replace("%", "%%")
    if not program:
        escaped = escaped.replace("$", "$$")
    if _SYSTEMD_BARE.fullmatch(arg):
        return escaped
    return '"' + escaped.replace("\\", "\\\\").replace('"', '\\"') + '"'


def systemd_words(command_line: str) -> list[str]:
    """An ExecStart= line back into its arguments, as systemd reads it (quotes, C escapes in
    them, %% and $$)."""
    words: list[str] = []
    index, length = 0, len(command_line)
    while index < length:
        while index < length and command_line[index] in " \t":
            index += 1
        if index >= length:
            break
        word: list[str] = []
        while index < length and command_line[index] not in " \t":
            char = command_line[index]
            if char in "\"'":
                end = index + 1
                while end < length and command_line[end] != char:
                    if command_line[end] == "\\" and end + 1 < length:
                        word.append(command_line[end + 1])
                        end += 2
                        continue
                    word.append(command_line[end])
                    end += 1
                index = end + 1
                continue
            if char == "\\" and index + 1 < length:
                word.append(command_line[index + 1])
                index += 2
                continue
            word.append(char)
            index += 1
        text = "".join(word).replace("%%", "%")
        words.append(text.replace("$$", "$") if words else text)  # the program: no $ expanded
    return words


def systemd_units(
    certbot: str,
    config_dir: Path,
    work_dir: Path,
    logs_dir: Path,
    watcher: Sequence[str] | None = None,
) -> tuple[str, str]:
    """A oneshot service and its timer: twice a day with a random delay, persistent."""
    argv = renewal_action(certbot, config_dir, work_dir, logs_dir, watcher)
    _refuse_controls(argv, _SYSTEMD_PROGRAM_REFUSES)
    exec_start = " ".join(systemd_quote(a, program=i == 0) for i, a in enumerate(argv))
    shown = str(config_dir).replace("%", "%%")
    service = (
        "[Unit]\n"
        f"Description=certbot renew for {shown} (Certbot Assistant)\n"
        "Wants=network-online.target\nAfter=network-online.target\n\n"
        "[Service]\nType=oneshot\n"
        f"TimeoutStartSec={TASK_TIME_LIMIT_S}s\n"
        f"ExecStart={exec_start}\n"
    )
    timer = (
        "[Unit]\n"
        f"Description=Renew the certificates in {shown} twice a day\n\n"
        "[Timer]\nOnCalendar=*-*-* 00,12:00:00\nRandomizedDelaySec=43200\nPersistent=true\n\n"
        "[Install]\nWantedBy=timers.target\n"
    )
    return service, timer


def cron_entry(
    certbot: str,
    config_dir: Path,
    work_dir: Path,
    logs_dir: Path,
    watcher: Sequence[str] | None = None,
) -> str:
    minute = random.randrange(60)
    argv = renewal_action(certbot, config_dir, work_dir, logs_dir, watcher)
    _refuse_controls(argv)
    # cron turns an unescaped % into a line break of the command's input.
    command = shlex.join(argv).replace("%", "\\%")
    return f"# Certbot Assistant: renew {config_dir}\n{minute} */12 * * * root {command}\n"


# Status and scheduling -----------------------------------------------------------------------


def dry_run_is_harmless(server: str) -> bool:
    """``certbot renew --dry-run`` against DigiCert places a real order; elsewhere it may not."""
    return host_of(server) in DRY_RUN_SAFE_HOSTS


@dataclass
class Scheduler:
    """The OS scheduler, through one runner. ``windows`` picks schtasks, else systemd/cron."""

    windows: bool = os.name == "nt"
    runner: CommandRunner = field(default_factory=SystemRunner)
    unit_dir: Path = Path("/etc/systemd/system")
    system_unit_dirs: tuple[Path, ...] = (
        Path("/lib/systemd/system"),
        Path("/usr/lib/systemd/system"),
    )
    cron_dir: Path = Path("/etc/cron.d")
    use_systemd: bool | None = None
    temp_dir: Path | None = None
    """Where the task XML waits for schtasks (None: the system's temp folder)."""

    def _systemd(self) -> bool:
        if self.use_systemd is not None:
            return self.use_systemd
        return Path("/run/systemd/system").is_dir() and shutil.which("systemctl") is not None

    def tasks(self) -> list[RenewalTask]:
        if self.windows:
            code, out, err = self.runner.run(["schtasks", "/Query", "/XML"])
            if code != 0:
                raise ScheduleError(err.strip() or out.strip() or f"schtasks exit code {code}")
            return parse_schtasks_xml(out)
        found: list[RenewalTask] = []
        for folder in (self.unit_dir, *self.system_unit_dirs):
            for unit in sorted(folder.glob("*.service")) if folder.is_dir() else []:
                if "certbot" in unit.name:
                    found += parse_unit_or_cron(_read(unit), unit.name, "systemd")
        for entry in sorted(self.cron_dir.glob("*")) if self.cron_dir.is_dir() else []:
            if entry.is_file():
                found += parse_unit_or_cron(_read(entry), entry.name, "cron")
        return found

    def task_name(self, config_dir: Path) -> str:
        if self.windows:
            return f"{TASK_FOLDER}\\Renew {slug_for(config_dir)}"
        return f"{UNIT_PREFIX}{slug_for(config_dir)}"

    def schedule(
        self,
        certbot: str,
        config_dir: Path,
        work_dir: Path,
        logs_dir: Path,
        watcher: Sequence[str] | None = None,
    ) -> str:
        """Create (or replace) the task for ``config_dir``; returns its name. With a
        ``watcher``, the task runs certbot through the assistant (see ``renewal_action``)."""
        name = self.task_name(config_dir)
        if self.windows:
            import tempfile

            xml = task_xml(certbot, config_dir, work_dir, logs_dir, watcher=watcher)
            with tempfile.TemporaryDirectory(dir=self.temp_dir) as tmp:
                path = Path(tmp) / "task.xml"
                path.write_text(xml, encoding="utf-16")
                self._run(["schtasks", "/Create", "/TN", name, "/XML", str(path), "/F"])
            return name
        if self._systemd():
            service, timer = systemd_units(certbot, config_dir, work_dir, logs_dir, watcher)
            self.unit_dir.mkdir(parents=True, exist_ok=True)
            (self.unit_dir / f"{name}.service").write_text(service, encoding="utf-8")
            (self.unit_dir / f"{name}.timer").write_text(timer, encoding="utf-8")
            self._run(["systemctl", "daemon-reload"])
            self._run(["systemctl", "enable", "--now", f"{name}.timer"])
            return name
        self.cron_dir.mkdir(parents=True, exist_ok=True)
        (self.cron_dir / name).write_text(
            cron_entry(certbot, config_dir, work_dir, logs_dir, watcher), encoding="utf-8"
        )
        return name

    def unschedule(self, config_dir: Path) -> bool:
        """Remove the assistant's task for ``config_dir``; False when there was none."""
        name = self.task_name(config_dir)
        if self.windows:
            code, _out, _err = self.runner.run(["schtasks", "/Delete", "/TN", name, "/F"])
            return code == 0
        removed = False
        if (self.unit_dir / f"{name}.timer").exists():
            self.runner.run(["systemctl", "disable", "--now", f"{name}.timer"])
            for suffix in (".timer", ".service"):
                (self.unit_dir / f"{name}{suffix}").unlink(missing_ok=True)
            self.runner.run(["systemctl", "daemon-reload"])
            removed = True
        if (self.cron_dir / name).exists():
            (self.cron_dir / name).unlink()
            removed = True
        return removed

    def next_run(self, task: RenewalTask) -> str | None:
        """When the task runs next, as the scheduler says it (its locale); None if unknown."""
        if task.source == "schtasks":
            code, out, _ = self.runner.run(
                ["schtasks", "/Query", "/TN", task.name, "/FO", "LIST", "/V"]
            )
            match = re.search(r"^Next Run Time:\s*(.+?)\s*$", out, re.MULTILINE)
            return match.group(1) if code == 0 and match else None
        if task.source == "systemd":
            timer = task.name.removesuffix(".service") + ".timer"
            code, out, _ = self.runner.run(
                ["systemctl", "show", timer, "--property=NextElapseUSecRealtime", "--value"]
            )
            value = out.strip()
            return value if code == 0 and value and value != "n/a" else None
        return None

    def _run(self, argv: list[str]) -> None:
        code, out, err = self.runner.run(argv)
        if code != 0:
            raise ScheduleError(err.strip() or out.strip() or f"{argv[0]} exit code {code}")


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


def _certbot_exists(certbot: str) -> bool:
    if os.sep in certbot or "/" in certbot or "\\" in certbot:
        return Path(certbot).exists()
    return shutil.which(certbot) is not None


def renewal_findings(
    config_dir: Path,
    has_certificates: bool,
    tasks: Sequence[RenewalTask],
    default_dir: Path,
) -> list[F.Finding]:
    """renewal-not-scheduled / renewal-task-broken for ``config_dir``."""
    covering = [t for t in tasks if t.covers(config_dir, default_dir) and t.enabled]
    findings: list[F.Finding] = []
    for task in covering:
        missing = None
        if not _certbot_exists(task.certbot):
            missing = task.certbot
        elif not config_dir.is_dir():
            missing = str(config_dir)
        if missing is not None:
            findings.append(F.make("renewal-task-broken", task=task.name, path=missing))
    if has_certificates and not covering:
        findings.append(F.make("renewal-not-scheduled", path=config_dir))
    return findings


def renewal_dirs(report: ConfigDirReport) -> CertbotDirs:
    """The dirs renewals of this config dir should use: the work and logs dirs its renewal
    confs recorded, else the assistant's layout (inside the config dir)."""
    for lineage in report.lineages:
        conf = lineage.conf
        if conf is not None and conf.work_dir and conf.logs_dir:
            return CertbotDirs(report.path, Path(conf.work_dir), Path(conf.logs_dir))
    return CertbotDirs.inside(report.path)


def status_findings(
    report: ConfigDirReport, scheduler: Scheduler, default_dir: Path
) -> list[F.Finding]:
    """The renewal findings for an inspected config dir; a scheduler that cannot be read is
    logged and gives none (the other checks still stand)."""
    try:
        tasks = scheduler.tasks()
    except ScheduleError as exc:
        log.warning("cannot read the scheduled tasks: %s", exc)
        return []
    return renewal_findings(report.path, bool(report.lineages), tasks, default_dir)


def renewal_test_command(
    certbot: str, report: ConfigDirReport, *, allow_dry_run: bool = True
) -> tuple[list[str], bool]:
    """The safe way to test renewal of this folder: ``renew --dry-run`` where a dry run places
    no real order (True), else ``certificates``, which only lists what would renew (False).
    ``allow_dry_run=False`` (demo mode) always lists: a dry run talks to the ACME server."""
    dirs = renewal_dirs(report).args()
    servers = {lin.conf.server for lin in report.lineages if lin.conf and lin.conf.server}
    if allow_dry_run and len(servers) == 1 and dry_run_is_harmless(next(iter(servers))):
        # --server is given again: with --dry-run and no explicit server certbot switches to
        # Let's Encrypt staging. No random sleep: a person is waiting for the answer.
        server = next(iter(servers))
        argv = [certbot, "renew", "--dry-run", "-n", "--no-random-sleep-on-renew",
                "--server", server, *dirs]  # fmt: skip
        return argv, True
    return [certbot, "certificates", *dirs], False


@dataclass(frozen=True)
class RenewalTest:
    """What "Test renewal" found: certbot's exit code and output."""

    dry_run: bool
    """False: a dry run would place a real order, so certbot only listed the certificates."""
    code: int
    output: str

    @property
    def succeeded(self) -> bool:
        return self.code == 0


def run_renewal_test(
    certbot: str,
    report: ConfigDirReport,
    *,
    allow_dry_run: bool = True,
    cancelled: Callable[[], bool] = never,
) -> tuple[bool, int, str]:
    """Run ``renewal_test_command``: (was it a dry run, exit code, certbot's output).
    ``cancelled()`` ends certbot and its children within the runner's poll interval."""
    argv, dry_run = renewal_test_command(certbot, report, allow_dry_run=allow_dry_run)
    try:
        outcome = run_program(argv, timeout_s=RENEWAL_TEST_TIMEOUT_S, cancelled=cancelled)
    except OSError as exc:
        return dry_run, 127, str(exc)
    if outcome.timed_out:
        return dry_run, 127, f"{outcome.output}\nno answer within {RENEWAL_TEST_TIMEOUT_S:g} s"
    code = outcome.code if outcome.code is not None and not outcome.cancelled else 127
    return dry_run, code, outcome.output
