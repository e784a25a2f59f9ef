"""Running the user's certbot: safely, observably, and stoppable.

Before launch the config dir is diagnosed for the server and KID about to be used; a dir that
would make certbot silently ignore the new EAB (KB scenario 1), hold several accounts, not be a
certbot dir, or use the retired legacy service is refused unless an expert overrides. The EAB pair
travels in a temporary owner-only ini, deleted when certbot ends whatever the outcome. Output is
streamed line by line; cancel and the overall timeout end certbot and every child it started.

The KID is written to the marker as pending before certbot starts and settled when it ends, so a
registration survives the assistant being killed mid-run: the next preflight adopts the account
it left. The whole preflight + run holds the config dir's lock, so two assistants cannot both
pass the preflight and register.
"""

from __future__ import annotations

import contextlib
import logging
import re
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

from certbot_assistant.core import findings as F
from certbot_assistant.core.certbot.command import (
    CertbotDirs,
    IssueOptions,
    certonly_args,
    display_args,
)
from certbot_assistant.core.certbot.output_classifier import classify_output
from certbot_assistant.core.configdir.dir_lock import DirLocked, config_dir_lock
from certbot_assistant.core.configdir.inspection import ConfigDirReport, inspect_config_dir
from certbot_assistant.core.configdir.marker import (
    CertCentralLink,
    MarkerError,
    adopt_account,
    mark_pending,
    settle_pending,
)
from certbot_assistant.core.errors import AssistantError, TranslatableError
from certbot_assistant.core.system.private_temp import eab_ini, sweep_stale_inis
from certbot_assistant.core.system.process import LineCallback, run_program
from certbot_assistant.core.translation import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT_S = 30 * 60.0


class Stage(Enum):
    """Where a run is, read from certbot's output, for the progress display."""

    STARTED = "started"
    ACCOUNT = "account"
    ORDER = "order"
    CHALLENGES = "challenges"
    CERTIFICATE = "certificate"


_STAGES = (
    (re.compile(r"Account registered|Saving debug log"), Stage.ACCOUNT),
    (re.compile(r"Requesting a certificate|Renewing an existing certificate"), Stage.ORDER),
    (re.compile(r"Performing the following challenges|Waiting for verification"), Stage.CHALLENGES),
    (re.compile(r"Successfully received certificate|Congratulations"), Stage.CERTIFICATE),
)


def stage_for_line(line: str) -> Stage | None:
    for pattern, stage in _STAGES:
        if pattern.search(line):
            return stage
    return None


class CertbotNotStarted(TranslatableError):
    """The certbot program could not be started at all (missing, not executable, …)."""

    context = "Run"
    template = QT_TRANSLATE_NOOP("Run", "%1 could not be started: %2")


class RunRefused(AssistantError):
    """The config dir would make certbot do the wrong thing; ``findings`` say why."""

    def __init__(self, findings: list[F.Finding]) -> None:
        super().__init__(", ".join(f.id for f in findings))
        self.findings = findings


@dataclass(frozen=True)
class RunRequest:
    """One certbot invocation. ``args_for`` builds the arguments given the EAB ini path."""

    certbot: Path
    server: str
    dirs: CertbotDirs
    args_for: Callable[[Path | None], list[str]]
    eab_kid: str | None = None
    hmac_key: str | None = field(default=None, repr=False)
    profile: str | None = None
    certcentral: CertCentralLink | None = None
    timeout_s: float = DEFAULT_TIMEOUT_S
    override_refusal: bool = False
    env: Mapping[str, str] | None = field(default=None, repr=False)

    def display_argv(self) -> list[str]:
        """The command as shown on the review page: the key masked, never the ini path."""
        placeholder = Path("eab.ini") if self.eab_kid and self.hmac_key else None
        return [str(self.certbot), *display_args(self.args_for(placeholder), self.eab_kid)]


def issue_request(
    certbot: Path,
    options: IssueOptions,
    eab_kid: str | None,
    hmac_key: str | None,
    **kwargs: object,
) -> RunRequest:
    return RunRequest(
        certbot=certbot,
        server=options.server,
        dirs=options.dirs,
        args_for=lambda ini: certonly_args(options, ini),
        eab_kid=eab_kid,
        hmac_key=hmac_key,
        **kwargs,  # type: ignore[arg-type]
    )


@dataclass
class RunResult:
    exit_code: int | None
    cancelled: bool
    timed_out: bool
    findings: list[F.Finding]
    stdout: str
    stderr: str
    display_argv: list[str]
    certificate_path: Path | None = None
    key_path: Path | None = None
    new_account_id: str | None = None
    duration_s: float = 0.0

    @property
    def succeeded(self) -> bool:
        return self.exit_code == 0 and not self.cancelled and not F.has_error(self.findings)


def _complete_accounts(report: ConfigDirReport, server: str) -> set[str]:
    return {a.account_id for a in report.accounts_for(server) if a.complete}


def _inspect(request: RunRequest) -> ConfigDirReport:
    return inspect_config_dir(
        request.dirs.config_dir, request.server, request.eab_kid, scan_platform_logs=False
    )


def _check_preflight(request: RunRequest, report: ConfigDirReport) -> None:
    blocking = F.blocking(report.findings)
    if blocking and not request.override_refusal:
        raise RunRefused(blocking)
    if blocking:
        log.warning("running despite %s (expert override)", ", ".join(f.id for f in blocking))


def preflight(request: RunRequest) -> list[F.Finding]:
    """The config-dir findings for this run; RunRefused when one of them blocks it."""
    report = _inspect(request)
    _check_preflight(request, report)
    return report.findings


def _adopt_interrupted(request: RunRequest, report: ConfigDirReport) -> ConfigDirReport:
    """An account left by a run the assistant did not see end (killed, logged off) is known
    from its pending KID: write that down for good, then look again."""
    adopted = False
    for account in report.accounts_for(request.server):
        if account.complete and account.kid_from_pending and account.eab_kid:
            try:
                adopt_account(
                    request.dirs.config_dir, request.server, account.eab_kid, account.account_id
                )
            except (MarkerError, OSError) as exc:
                log.warning("could not record the interrupted run's account: %s", exc)
                continue
            log.info("recorded account %s from an interrupted run", account.account_id)
            adopted = True
    return _inspect(request) if adopted else report


def confirm_same_credential(config_dir: Path, server: str, eab_kid: str) -> str | None:
    """The user says the one account for ``server`` without a recorded KID was registered with
    ``eab_kid``: record it, so the KID check can be done from now on. Returns the account id,
    or None when there is no single such account. Raises MarkerError or OSError."""
    report = inspect_config_dir(config_dir, server, eab_kid, scan_platform_logs=False)
    unrecorded = [a for a in report.accounts_for(server) if a.complete and a.eab_kid is None]
    if len(unrecorded) != 1:
        return None
    adopt_account(config_dir, server, eab_kid, unrecorded[0].account_id)
    log.info("user confirmed account %s uses KID %s", unrecorded[0].account_id, eab_kid)
    return unrecorded[0].account_id


_SAVED_AT = re.compile(r"Certificate is saved at:\s*(?P<path>\S.*?)\s*$", re.MULTILINE)
_KEY_AT = re.compile(r"Key is saved at:\s*(?P<path>\S.*?)\s*$", re.MULTILINE)


class CertbotRun:
    """One run. ``run()`` blocks (call it off the UI thread); ``cancel()`` may come from any
    thread. ``on_line(stream, line)`` is called from reader threads as lines arrive."""

    def __init__(self, request: RunRequest, on_line: LineCallback | None = None) -> None:
        self.request = request
        self.on_line = on_line
        self._cancel = threading.Event()
        self._pid: int | None = None

    @property
    def pid(self) -> int | None:
        return self._pid

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> RunResult:
        """Preflight (may raise RunRefused), launch, stream, and describe the outcome."""
        self._sweep()
        config_dir = self.request.dirs.config_dir
        self._check_may_write(config_dir)
        with contextlib.ExitStack() as held:
            try:
                held.enter_context(config_dir_lock(config_dir))
            except DirLocked as exc:
                busy = F.make("config-dir-in-use", path=config_dir, process=exc.holder)
                raise RunRefused([busy]) from None
            except OSError as exc:  # not even a lock file: certbot could not write there either
                unusable = F.make(
                    "config-dir-unreadable", path=config_dir, reason=exc.strerror or exc
                )
                raise RunRefused([unusable]) from None
            return self._run_locked()
        raise AssertionError("unreachable")  # pragma: no cover - for the type checker

    def _sweep(self) -> None:
        """EAB ini files a crashed run left behind go before a new one is written."""
        sweep_stale_inis()

    def _check_may_write(self, config_dir: Path) -> None:
        """Raise CertbotNotStarted when this run may not touch ``config_dir`` at all (the lock
        and the marker are written before certbot starts). Real runs may; demo runs override."""

    def _run_locked(self) -> RunResult:
        request = self.request
        report = _adopt_interrupted(request, _inspect(request))
        _check_preflight(request, report)
        before = _complete_accounts(report, request.server)
        self._mark_pending()
        start = time.monotonic()
        with self._credentials() as ini:
            argv = [str(request.certbot), *request.args_for(ini)]
            log.info("running %s", " ".join(request.display_argv()))
            out, err, code, timed_out = self._execute(argv)
        duration = time.monotonic() - start
        new_account = self._record_new_account(before)
        findings = classify_output(out + err, code)
        cancelled = self._cancel.is_set() and not timed_out
        if cancelled:
            findings = [f for f in findings if f.id != "run-failed"]
            findings.append(F.make("run-cancelled"))
        if timed_out:
            findings = [f for f in findings if f.id != "run-failed"]
            findings.append(F.make("run-timed-out", seconds=int(request.timeout_s)))
        cert = _SAVED_AT.search(out)
        key = _KEY_AT.search(out)
        return RunResult(
            exit_code=code,
            cancelled=cancelled,
            timed_out=timed_out,
            findings=F.sort_findings(findings),
            stdout=out,
            stderr=err,
            display_argv=request.display_argv(),
            certificate_path=Path(cert.group("path")) if cert else None,
            key_path=Path(key.group("path")) if key else None,
            new_account_id=new_account,
            duration_s=duration,
        )

    def _credentials(self) -> contextlib.AbstractContextManager[Path | None]:
        kid, key = self.request.eab_kid, self.request.hmac_key
        if kid and key:
            return eab_ini(kid, key)
        return contextlib.nullcontext(None)

    def _execute(self, argv: list[str]) -> tuple[str, str, int | None, bool]:
        """Run certbot (through core.system.process: its own process group, no console window, the
        user's environment): (stdout, stderr, exit code, timed out)."""

        def started(pid: int) -> None:
            self._pid = pid

        try:
            outcome = run_program(
                argv,
                timeout_s=self.request.timeout_s,
                cancelled=self._cancel.is_set,
                on_line=self.on_line,
                on_start=started,
                env=self.request.env,
            )
        except OSError as exc:
            raise CertbotNotStarted(argv[0], exc.strerror or exc) from exc
        return outcome.stdout, outcome.stderr, outcome.code, outcome.timed_out

    def _mark_pending(self) -> None:
        request = self.request
        if not request.eab_kid:
            return
        try:
            mark_pending(
                request.dirs.config_dir,
                request.server,
                request.eab_kid,
                request.profile,
                request.certcentral,
            )
        except (MarkerError, OSError) as exc:
            # Certbot will most likely fail to write there too; the run says so.
            log.warning("could not note the pending KID in the marker: %s", exc)

    def _record_new_account(self, before: set[str]) -> str | None:
        """Certbot may register (and so bind the KID) even when the run fails later. The
        pending entry is settled either way; with several new accounts it stays, and the next
        preflight sees them as several accounts."""
        request = self.request
        after = _complete_accounts(_inspect(request), request.server)
        new = sorted(after - before)
        if len(new) > 1:
            log.warning("several new accounts after one run: %s", new)
            return None
        account = new[0] if new else None
        if request.eab_kid:
            try:
                settle_pending(request.dirs.config_dir, request.server, request.eab_kid, account)
            except (MarkerError, OSError) as exc:
                log.error("could not record the run's account in the marker: %s", exc)
        return account
