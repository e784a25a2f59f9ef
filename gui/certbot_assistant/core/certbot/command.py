"""Building certbot's command line, and showing it to people.

The argv is always a list (no shell), always ``-n --agree-tos`` (without them certbot can hang
on an interactive prompt), and carries the EAB credential only through ``-c <ini>``: certbot
writes its whole command line into letsencrypt.log (reference/certbot.md §4). The display forms
for the review page and help-desk copy-paste show the KID and a masked HMAC key instead, quoted
for cmd.exe or PowerShell (DigiCert URLs contain ``&``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

MASK = "********"
WORK_SUBDIR = "work"
LOGS_SUBDIR = "logs"


@dataclass(frozen=True)
class CertbotDirs:
    """Config, work and logs dir: by default one folder, so it backs up and removes as one."""

    config_dir: Path
    work_dir: Path
    logs_dir: Path

    @classmethod
    def inside(cls, config_dir: Path) -> CertbotDirs:
        return cls(config_dir, config_dir / WORK_SUBDIR, config_dir / LOGS_SUBDIR)

    def args(self) -> list[str]:
        return [
            "--config-dir", str(self.config_dir),
            "--work-dir", str(self.work_dir),
            "--logs-dir", str(self.logs_dir),
        ]  # fmt: skip


@dataclass(frozen=True)
class IssueOptions:
    domains: tuple[str, ...]
    server: str
    dirs: CertbotDirs
    email: str | None = None
    webroot: Path | None = None  # None: standalone
    http01_port: int | None = None
    cert_name: str | None = None
    force_renewal: bool = False
    extra_args: tuple[str, ...] = ()
    issuance_timeout_s: int | None = None  # certbot's own default is 90 s
    challenge_args: tuple[str, ...] | None = None
    """The authenticator and its options as given (``migrate`` carries a lineage's own);
    None: webroot or standalone from the fields above. Names then come from these too."""


def _common(server: str, dirs: CertbotDirs, eab_ini: Path | None) -> list[str]:
    args = ["-n", "--agree-tos", "--server", server, *dirs.args()]
    if eab_ini is not None:
        args += ["-c", str(eab_ini)]
    return args


def certonly_args(options: IssueOptions, eab_ini: Path | None) -> list[str]:
    """``certonly`` for ``options``; ``eab_ini`` is the temporary file holding the EAB pair."""
    args = ["certonly", *_common(options.server, options.dirs, eab_ini)]
    if options.email:
        args += ["--email", options.email]
    else:
        args.append("--register-unsafely-without-email")
    if options.challenge_args is not None:
        args += options.challenge_args
    elif options.webroot is not None:
        args += ["--webroot", "-w", str(options.webroot)]
    else:
        args.append("--standalone")
        if options.http01_port is not None:
            args += ["--http-01-port", str(options.http01_port)]
    if options.cert_name:
        args += ["--cert-name", options.cert_name]
    if options.challenge_args is None or "-d" not in options.challenge_args:
        for domain in options.domains:
            args += ["-d", domain]
    if options.force_renewal:
        args.append("--force-renewal")
    if options.issuance_timeout_s is not None:
        args += ["--issuance-timeout", str(options.issuance_timeout_s)]
    return args + list(options.extra_args)


def display_args(args: Sequence[str], eab_kid: str | None) -> list[str]:
    """``args`` as a person may see them: ``-c <ini>`` shown as the KID and a masked key."""
    shown: list[str] = []
    skip = False
    for index, arg in enumerate(args):
        if skip:
            skip = False
            continue
        if arg in ("-c", "--config") and index + 1 < len(args):
            if eab_kid:
                shown += ["--eab-kid", eab_kid, "--eab-hmac-key", MASK]
            skip = True
            continue
        if arg.startswith("--eab-hmac-key="):
            shown.append(f"--eab-hmac-key={MASK}")
            continue
        if index > 0 and args[index - 1] == "--eab-hmac-key":
            shown.append(MASK)
            continue
        shown.append(arg)
    return shown


_CMD_SAFE = re.compile(r"^[A-Za-z0-9_\-.:/\\@+*]+$")
# PowerShell reads a bare "a,b" as an array and a leading "@" as splatting: quote those.
_PS_SAFE = re.compile(r"^[A-Za-z0-9_\-.:/\\+*]+$")


def _cmd_quote(arg: str) -> str:
    """Double quotes protect & | < > ^ from cmd.exe; a literal quote becomes \\" for the
    program's argv parser. (A %NAME% inside would still expand interactively; certbot's
    arguments do not contain one.)"""
    if arg and _CMD_SAFE.match(arg):
        return arg
    return '"' + arg.replace('"', '\\"') + '"'


# PowerShell takes any of these as a single quote (its language specification's
# single-quote-character), so ’ in C:\Users\O’Neil would end a '…' string as ' does; inside
# one, each is written twice to stand for itself.
PS_SINGLE_QUOTES = "'\u2018\u2019\u201a\u201b"


def ps_literal(text: str) -> str:
    """``text`` as a PowerShell verbatim ('…') string: nothing in it is expanded or ends it."""
    return "'" + "".join(c * 2 if c in PS_SINGLE_QUOTES else c for c in text) + "'"


def _ps_quote(arg: str) -> str:
    if arg and _PS_SAFE.match(arg):
        return arg
    return ps_literal(arg)


def to_cmd(argv: Sequence[str]) -> str:
    """One line to paste into cmd.exe."""
    return " ".join(_cmd_quote(a) for a in argv)


def to_powershell(argv: Sequence[str]) -> str:
    """One line to paste into PowerShell: the call operator, then single-quoted arguments."""
    if not argv:
        return ""
    program, *rest = argv
    return " ".join(["&", ps_literal(program), *(_ps_quote(a) for a in rest)])
