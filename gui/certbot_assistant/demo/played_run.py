"""Demo mode's certbot run: everything real except certbot talking to DigiCert.

The preflight (refusal on a KID mismatch), the EAB credentials file, the marker that records
which KID an account was registered with, the output classifier and the result are the
assistant's own code, as in a real run. Only the certbot process is replaced: the run prints what
certbot 5.x prints on success, line by line, and writes what certbot would write (an account for
the KID, a certificate lineage) into the config dir. It writes nowhere but the demo's own folder,
so training never touches a real certbot setup or reaches an ACME server.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
import os
from pathlib import Path

from certbot_assistant.core.certbot.discovery import CertbotInstall, InstallKind, Source
from certbot_assistant.core.configdir.inspection import inspect_config_dir
from certbot_assistant.core.renewal.schedule import RenewalTest
from certbot_assistant.core.run.certbot_run import (
    CertbotNotStarted,
    CertbotRun,
    RunRequest,
)
from certbot_assistant.core.sandbox import within
from certbot_assistant.core.system.process import LineCallback
from certbot_assistant.core.system.process import Outcome as ProgramOutcome
from certbot_assistant.core.translation import QT_TRANSLATE_NOOP
from certbot_assistant.demo.sample_config_dir import add_account, add_lineage

LINE_DELAY_S = 0.15
REGISTERED = "Account registered."
VALIDITY_DAYS = 90


def requested_names(argv: list[str]) -> list[str]:
    """The ``-d`` values of a certbot command line, in order."""
    names: list[str] = []
    for flag, value in itertools.pairwise(argv):
        if flag in ("-d", "--domain", "--domains"):
            names += [n.strip() for n in value.split(",") if n.strip()]
    return names


def _joined(names: list[str]) -> str:
    """certbot's own wording: "a", "a and b", "a, b, and c"."""
    if len(names) <= 2:
        return " and ".join(names)
    return f"{', '.join(names[:-1])}, and {names[-1]}"


class PlayedCertbotRun(CertbotRun):
    """A ``CertbotRun`` whose certbot is played back inside ``sandbox``."""

    def __init__(
        self,
        request: RunRequest,
        on_line: LineCallback | None = None,
        *,
        sandbox: Path,
        line_delay_s: float = LINE_DELAY_S,
    ) -> None:
        super().__init__(request, on_line)
        self.sandbox = sandbox
        self.line_delay_s = line_delay_s

    @property
    def pid(self) -> int | None:
        return None

    def _check_may_write(self, config_dir: Path) -> None:
        if not within(config_dir, self.sandbox):
            raise CertbotNotStarted(
                self.sandbox,
                config_dir,
                template=QT_TRANSLATE_NOOP(
                    "Run",
                    "Demo mode writes only inside its sample folder %1; choose a config "
                    "directory there instead of %2.",
                ),
            )

    def _sweep(self) -> None:
        """A played run writes no EAB ini, so it has none to sweep (and touches nothing
        outside the demo folder)."""

    def _credentials(self) -> contextlib.AbstractContextManager[Path | None]:
        """The played certbot reads no key: no ini file is written (the command still shows
        where it would be)."""
        return contextlib.nullcontext(self.sandbox / "eab.ini")

    def _execute(self, argv: list[str]) -> tuple[str, str, int | None, bool]:
        request = self.request
        config_dir = request.dirs.config_dir
        names = requested_names(argv) or ["www.example.com"]
        lineage = config_dir / "live" / names[0]
        not_after = dt.datetime.now(dt.UTC) + dt.timedelta(days=VALIDITY_DAYS)
        report = inspect_config_dir(config_dir, request.server, scan_platform_logs=False)
        account = next(
            (a.account_id for a in report.accounts_for(request.server) if a.complete), None
        )
        script = [("stderr", f"Saving debug log to {request.dirs.logs_dir / 'letsencrypt.log'}")]
        if account is None:
            script.append(("stdout", REGISTERED))
        script += [
            ("stdout", f"Requesting a certificate for {_joined(names)}"),
            ("stdout", ""),
            ("stdout", "Successfully received certificate."),
            ("stdout", f"Certificate is saved at: {lineage / 'fullchain.pem'}"),
            ("stdout", f"Key is saved at:         {lineage / 'privkey.pem'}"),
            ("stdout", f"This certificate expires on {not_after:%Y-%m-%d}."),
            ("stdout", "These files will be updated when the certificate renews."),
        ]
        collected: dict[str, list[str]] = {"stdout": [], "stderr": []}
        for stream, text in script:
            if self._cancel.wait(self.line_delay_s):
                return _text(collected["stdout"]), _text(collected["stderr"]), None, False
            collected[stream].append(text)
            if self.on_line is not None:
                self.on_line(stream, text)
            if text == REGISTERED:  # certbot binds the KID here, before the order
                account = add_account(config_dir, request.server, request.eab_kid or "demo")
        assert account is not None
        add_lineage(config_dir, names[0], request.server, account, not_after=not_after, names=names)
        return _text(collected["stdout"]), _text(collected["stderr"]), 0, False


def _text(lines: list[str]) -> str:
    return "".join(f"{line}\n" for line in lines)


PLAYED_VERSION = "5.8.0"


def played_certbot(folder: Path) -> CertbotInstall:
    """Demo mode's certbot: listed (and chosen) on the Certbot page like any other, marked as
    played back; it never starts, so the demo needs no certbot on the machine."""
    return CertbotInstall(
        path=folder / "certbot (played back)",
        kind=InstallKind.DEMO,
        sources=(Source.DEMO,),
        version=PLAYED_VERSION,
        version_error=None,
        windows=os.name == "nt",
    )


def played_renewal_test(config_dir: Path) -> RenewalTest:
    """What ``certbot certificates`` prints for the demo folder (the assistant never runs a
    dry run against DigiCert), read from the folder itself."""
    report = inspect_config_dir(config_dir, scan_platform_logs=False)
    lines = ["Saving debug log to " + str(config_dir / "logs" / "letsencrypt.log"), "",
             "Found the following certs:"]  # fmt: skip
    for lineage in report.lineages:
        cert = lineage.certificate
        if cert is None:
            continue
        lines += [
            f"  Certificate Name: {lineage.name}",
            f"    Domains: {' '.join(cert.names)}",
            f"    Expiry Date: {cert.not_after:%Y-%m-%d %H:%M:%S}+00:00 (VALID)",
            f"    Certificate Path: {config_dir / 'live' / lineage.name / 'fullchain.pem'}",
        ]
    return RenewalTest(dry_run=False, code=0, output="\n".join(lines) + "\n")


_RULE = "- " * 40


def played_renew(config_dir: Path) -> ProgramOutcome:
    """What ``certbot renew`` prints for the demo folder: every certificate is read from the
    folder and, as after a fresh issue, not yet due. Nothing starts and nothing is written."""
    report = inspect_config_dir(config_dir, scan_platform_logs=False)
    lines = [_RULE.strip()]
    skipped: list[str] = []
    for lineage in report.lineages:
        lines += [f"Processing {config_dir / 'renewal' / (lineage.name + '.conf')}", _RULE.strip()]
        lines += ["Certificate not yet due for renewal", ""]
        cert = lineage.certificate
        if cert is not None:
            skipped.append(
                f"  {config_dir / 'live' / lineage.name / 'fullchain.pem'} expires on "
                f"{cert.not_after:%Y-%m-%d} (skipped)"
            )
    lines += [_RULE.strip(), "The following certificates are not due for renewal yet:", *skipped]
    lines += ["No renewals were attempted.", _RULE.strip()]
    stderr = f"Saving debug log to {config_dir / 'logs' / 'letsencrypt.log'}\n"
    return ProgramOutcome(0, "\n".join(lines) + "\n", stderr)
