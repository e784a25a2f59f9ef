"""Read-only inspection of a certbot config directory, and the findings it gives.

The model answers what an admin asks before running certbot: which accounts exist for which ACME
server (and with which KID, from the marker), which certificates live here, when they expire and
where they renew. Inspection never writes, never follows a link out of the directory and never
raises: every unreadable, corrupt or oversized file becomes a finding that names it.
"""

from __future__ import annotations

import errno
import json
import logging
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path, PurePath, PurePosixPath

from certbot_assistant.core import findings as F
from certbot_assistant.core.certbot.logs import count_hmac_values, log_files
from certbot_assistant.core.certbot.paths import default_logs_dir
from certbot_assistant.core.certbot.server_path import (
    accounts_subpath,
    is_digicert,
    is_legacy_digicert,
    same_server,
    server_cut_at_ampersand,
    server_key,
)
from certbot_assistant.core.certificates.certificate_info import (
    CertificateError,
    CertificateInfo,
    private_key_matches,
    read_certificate,
)
from certbot_assistant.core.configdir.folder_paths import FolderPaths
from certbot_assistant.core.configdir.marker import MARKER_NAME, Marker, MarkerError, read_marker
from certbot_assistant.core.configdir.renewal_conf import (
    RenewalConf,
    RenewalConfError,
    read_renewal_conf,
)
from certbot_assistant.core.system.regular_file import read_regular_file, reason

log = logging.getLogger(__name__)

CERTBOT_FOLDERS = ("accounts", "renewal", "live", "archive")
ACCOUNT_FILES = ("regr.json", "private_key.json", "meta.json")
MAX_JSON_BYTES = 1024 * 1024
EXPIRY_WARNING = timedelta(days=30)
LOCK_NAME = "certbot-assistant.lock"
ASSISTANT_FILES = frozenset({MARKER_NAME, LOCK_NAME})
# Beyond this many, incomplete account folders are one finding, not one each.
INCOMPLETE_LISTED = 5
MAX_ACCOUNT_DEPTH = 32
# certbot's default server (constants.CLI_DEFAULTS): where a conf without "server =" renews.
CERTBOT_DEFAULT_SERVER = "https://acme-v02.api.letsencrypt.org/directory"


@dataclass(frozen=True)
class AccountInfo:
    """One folder under ``accounts/<server path>/``. ``private_key.json`` is never read."""

    server_folder: str  # relative to accounts/, "/"-separated, as certbot filed it
    account_id: str
    path: Path
    missing_files: tuple[str, ...]
    uri: str | None = None
    created: str | None = None
    eab_kid: str | None = None  # from the marker; certbot records none
    kid_from_pending: bool = False  # eab_kid inferred from a run that was interrupted

    @property
    def complete(self) -> bool:
        return not self.missing_files


@dataclass(frozen=True)
class LineageInfo:
    name: str
    conf_path: Path
    conf: RenewalConf | None
    certificate: CertificateInfo | None


@dataclass
class ConfigDirReport:
    path: Path
    server: str | None
    eab_kid: str | None
    exists: bool = False
    is_certbot_dir: bool = False
    marker: Marker | None = None
    accounts: list[AccountInfo] = field(default_factory=list)
    lineages: list[LineageInfo] = field(default_factory=list)
    logs_dirs: list[Path] = field(default_factory=list)
    findings: list[F.Finding] = field(default_factory=list)

    def accounts_for(self, server: str, *, windows: bool | None = None) -> list[AccountInfo]:
        """Accounts filed under ``server``'s folder (the way certbot looks them up)."""
        wanted = accounts_subpath(server, windows=windows).parts
        fold = windows if windows is not None else os.name == "nt"
        return [
            a
            for a in self.accounts
            if _parts_equal(PurePosixPath(a.server_folder).parts, wanted, casefold=fold)
        ]


def renewal_window(cert: CertificateInfo) -> timedelta:
    """How long before expiry a certificate is due: a third of its life, as certbot renews
    (30 days of a 90-day certificate, 66 of a 199-day one, 15 of a 47-day one)."""
    if cert.not_before is None or cert.not_after <= cert.not_before:
        return EXPIRY_WARNING
    return (cert.not_after - cert.not_before) / 3


def _parts_equal(a: Sequence[str], b: Sequence[str], *, casefold: bool) -> bool:
    if casefold:
        return [p.casefold() for p in a] == [p.casefold() for p in b]
    return list(a) == list(b)


def _inside(path: Path, root: Path) -> bool:
    """True when ``path`` resolves to somewhere inside ``root`` (which is already resolved)."""
    try:
        return path.resolve().is_relative_to(root)
    except (OSError, RuntimeError):
        return False


def _read_json_object(path: Path) -> dict[str, object]:
    """A small JSON object file; ValueError with a short reason for anything else."""
    try:
        data = json.loads(read_regular_file(path, MAX_JSON_BYTES).decode("utf-8"))
    except OSError as exc:
        raise ValueError(reason(exc)) from exc
    except UnicodeDecodeError as exc:
        raise ValueError("not UTF-8 text") from exc
    except json.JSONDecodeError as exc:
        raise ValueError(f"not valid JSON ({exc.msg}, line {exc.lineno})") from exc
    except (ValueError, RecursionError) as exc:  # a 5 000-digit number, nesting 10 000 deep
        raise ValueError(f"not usable JSON ({type(exc).__name__})") from exc
    if not isinstance(data, dict):
        raise ValueError("not a JSON object")
    return data


class _Inspector:
    def __init__(
        self,
        report: ConfigDirReport,
        *,
        windows: bool | None,
        now: datetime,
        platform_logs_dir: Path | None,
    ) -> None:
        self.report = report
        self.root = report.path
        self.real_root = report.path
        self.paths = FolderPaths(report.path, report.path)
        self.windows = windows
        self.now = now
        self.platform_logs_dir = platform_logs_dir
        self.outside: set[str] = set()
        """Lineages whose live/ folder leads outside (reported once, not followed)."""

    def add(self, spec_id: str, **evidence: object) -> None:
        self.report.findings.append(F.make(spec_id, **evidence))

    def run(self) -> None:
        root = self.root
        try:
            if not root.exists() and not root.is_symlink():
                self.report.exists = False
                self.add("config-dir-missing", path=root)
                self._check_server_only()
                return
            self.report.exists = True
            self.real_root = root.resolve(strict=True)
            self.paths = FolderPaths(root, self.real_root)
            if not root.is_dir():
                self.add("config-dir-not-certbot", path=root)
                return
            entries = list(root.iterdir())
        except RuntimeError:  # Python 3.11's resolve() on a link loop
            self.add("config-dir-unreadable", path=root, reason="a link loop")
            return
        except OSError as exc:
            self.add("config-dir-unreadable", path=root, reason=reason(exc))
            return
        names = {e.name for e in entries}
        self.report.is_certbot_dir = any(folder in names for folder in CERTBOT_FOLDERS)
        if not self.report.is_certbot_dir and names - ASSISTANT_FILES:
            self.add("config-dir-not-certbot", path=root)
            return
        self._read_marker()
        self._read_accounts()
        self._read_lineages()
        self._check_accounts()
        self._check_server_only()
        self._check_lineages()
        self._check_logs()

    # reading ---------------------------------------------------------------------------------

    def _read_marker(self) -> None:
        try:
            self.report.marker = read_marker(self.root)
        except MarkerError as exc:
            self.add("marker-unreadable", file=exc.path, reason=exc.cause)

    def _account_dirs(self, accounts_root: Path) -> Iterable[Path]:
        """Folders that are (or were meant to be) accounts: they hold an account file, or
        carry certbot's 32-hex account id as their name. A folder that cannot be listed is a
        finding: an account hidden in it would escape the KID check."""

        # Walked without recursion and to a bounded depth: certbot files accounts a few folders
        # deep (host, the directory URL's path, the id); a tree thousands deep is not its.
        pending = [(accounts_root, 0)]
        too_deep = False
        while pending:
            here, depth = pending.pop()
            try:
                with os.scandir(here) as listing:
                    entries = list(listing)
            except OSError as exc:
                self.add("accounts-unreadable", path=here, reason=reason(exc))
                continue
            files = {e.name for e in entries if not _is_dir(e)}
            if files & set(ACCOUNT_FILES) or _looks_like_account_id(here.name):
                if here != accounts_root:
                    yield here
                continue
            for entry in sorted(entries, key=lambda e: e.name, reverse=True):
                if not _is_dir(entry):
                    continue
                path = Path(entry.path)
                if entry.is_symlink():
                    self._link_outside_or_note(path)
                    continue
                if depth + 1 > MAX_ACCOUNT_DEPTH:
                    if not too_deep:
                        self.add("accounts-unreadable", path=path,
                                 reason=f"folders nested more than {MAX_ACCOUNT_DEPTH} deep; "
                                 "not looked at further")  # fmt: skip
                        too_deep = True
                    continue
                pending.append((path, depth + 1))

    def _link_outside_or_note(self, link: Path) -> bool:
        """A link in the tree: True (and a finding) when it leads outside the config dir. A
        link that leads nowhere (a loop) is not "outside": reading it names the problem."""
        try:
            if link.resolve().is_relative_to(self.real_root):
                return False
        except (OSError, RuntimeError):
            return False
        try:
            target: object = link.readlink()
        except OSError as exc:
            target = reason(exc)
        self.add("config-dir-link-outside", path=link, target=target)
        return True

    def _top_folder(self, name: str) -> Path | None:
        """``accounts``/``renewal`` when it is a folder inside the config dir; a link leading
        outside is reported and not followed, and so is a file where the folder belongs."""
        folder = self.root / name
        if (folder.exists() or folder.is_symlink()) and not folder.is_dir():
            why = "a file, not a folder"
            if name == "accounts":  # the KID check cannot be done: that blocks a run
                self.add("accounts-unreadable", path=folder, reason=why)
            else:
                self.add("config-dir-unreadable", path=folder,
                         reason=f"{why}: certbot finds no certificate to renew here")  # fmt: skip
            return None
        if folder.is_symlink() and not _inside(folder, self.real_root):
            if name == "accounts":  # the KID check cannot be done: that blocks a run
                self.add(
                    "accounts-unreadable",
                    path=folder,
                    reason="it leads outside the config directory and was not followed",
                )
            else:
                self._link_outside_or_note(folder)
            return None
        return folder if folder.is_dir() else None

    def _read_accounts(self) -> None:
        accounts_root = self._top_folder("accounts")
        if accounts_root is None:
            return
        marker = self.report.marker
        for folder in self._account_dirs(accounts_root):
            rel = folder.relative_to(accounts_root)
            # Present means present: a FIFO or folder in place of regr.json is unreadable,
            # not missing (certbot would hang on it or fail, not skip the account).
            missing = tuple(f for f in ACCOUNT_FILES if not os.path.lexists(folder / f))
            uri = created = None
            regr_path, meta_path = folder / "regr.json", folder / "meta.json"
            for path, key in ((regr_path, "uri"), (meta_path, "creation_dt")):
                if path.name in missing:
                    continue
                try:
                    value = _read_json_object(path).get(key)
                except ValueError as exc:
                    self.add("account-unreadable", file=path, reason=exc)
                    continue
                if isinstance(value, str):
                    if key == "uri":
                        uri = value
                    else:
                        created = value
            server_folder = PurePath(rel.parent).as_posix()
            kid = marker.kid_for_account(folder.name) if marker else None
            from_pending = False
            if kid is None and marker is not None and self.report.server:
                wanted = accounts_subpath(self.report.server, windows=self.windows).parts
                fold = self.windows if self.windows is not None else os.name == "nt"
                if _parts_equal(PurePosixPath(server_folder).parts, wanted, casefold=fold):
                    kid = marker.pending_kid_for(self.report.server, created)
                    from_pending = kid is not None
            self.report.accounts.append(
                AccountInfo(
                    server_folder=server_folder,
                    account_id=folder.name,
                    path=folder,
                    missing_files=missing,
                    uri=uri,
                    created=created,
                    eab_kid=kid,
                    kid_from_pending=from_pending,
                )
            )

    def _read_lineages(self) -> None:
        renewal_dir = self._top_folder("renewal")
        if renewal_dir is None:
            return
        try:
            with os.scandir(renewal_dir) as entries:
                conf_paths = sorted(Path(e.path) for e in entries if e.name.endswith(".conf"))
        except OSError as exc:
            self.add("config-dir-unreadable", path=renewal_dir, reason=reason(exc))
            return
        for conf_path in conf_paths:
            name = conf_path.name.removesuffix(".conf")
            conf: RenewalConf | None = None
            if conf_path.is_symlink() and self._link_outside_or_note(conf_path):
                continue
            try:
                conf = read_renewal_conf(conf_path)
            except RenewalConfError as exc:
                self.add("renewal-conf-unreadable", file=conf_path, reason=exc)
            cert = self._read_lineage_certificate(name)
            self.report.lineages.append(LineageInfo(name, conf_path, conf, cert))

    def _read_lineage_certificate(self, name: str) -> CertificateInfo | None:
        folder = self.root / "live" / name
        try:
            outside = folder.is_symlink() and self._link_outside_or_note(folder)
        except OSError as exc:  # live/ itself cannot be listed (mode 000)
            self.add("certificate-unreadable", file=folder / "cert.pem", reason=reason(exc))
            return None
        if outside:
            self.outside.add(name)
            return None
        cert_path = folder / "cert.pem"
        try:
            resolved = self.paths.real_path(cert_path)
        except FileNotFoundError:
            if not cert_path.is_symlink():
                return None  # no certificate yet: lineage-files-missing says what certbot needs
            self.add("certificate-unreadable", file=cert_path, reason="a link to nothing")
            return None
        except RuntimeError:  # Python 3.11's resolve() on a link loop
            self.add("certificate-unreadable", file=cert_path, reason="a link loop")
            return None
        except OSError as exc:
            loop = exc.errno == errno.ELOOP
            self.add("certificate-unreadable", file=cert_path,
                     reason="a link loop" if loop else reason(exc))  # fmt: skip
            return None
        if not self.paths.real_inside(resolved):
            self.add(
                "certificate-unreadable",
                file=cert_path,
                reason="points outside the config directory; not followed",
            )
            return None
        try:
            cert = read_certificate(cert_path)
        except CertificateError as exc:
            self.add("certificate-unreadable", file=cert_path, reason=exc)
            return None
        if cert.serial.startswith("-") or cert.serial.strip("0") == "":
            self.add("certificate-malformed", file=cert_path,
                     reason=f"its serial number {cert.serial} is not positive")  # fmt: skip
        return cert

    # checking --------------------------------------------------------------------------------

    def _check_accounts(self) -> None:
        report = self.report
        incomplete = [a for a in report.accounts if not a.complete]
        if len(incomplete) > INCOMPLETE_LISTED:
            self.add(
                "incomplete-accounts",
                count=len(incomplete),
                path=incomplete[0].path,
            )
            incomplete = []
        for account in incomplete:
            self.add(
                "incomplete-account",
                path=account.path,
                missing=F.items(account.missing_files),
            )
        servers: dict[str, list[AccountInfo]] = {}
        for account in report.accounts:
            if account.complete:
                servers.setdefault(account.server_folder, []).append(account)
        if report.server:
            wanted = report.accounts_for(report.server, windows=self.windows)
            complete = [a for a in wanted if a.complete]
            if len(complete) > 1:
                self._multiple(report.server, complete)
            elif len(complete) == 1 and report.eab_kid:
                self._check_kid(complete[0])
        else:
            for folder, accounts in servers.items():
                if len(accounts) > 1:
                    self._multiple(folder, accounts)

    def _multiple(self, server: str, accounts: list[AccountInfo]) -> None:
        self.add(
            "multiple-accounts",
            count=len(accounts),
            server=server,
            accounts=F.items(a.account_id for a in accounts),
        )

    def _check_kid(self, account: AccountInfo) -> None:
        server, new_kid = self.report.server, self.report.eab_kid
        assert server is not None
        if account.eab_kid is None:
            self.add(
                "account-kid-unknown-digicert" if is_digicert(server) else "account-kid-unknown",
                server=server,
                account=account.account_id,
                eab_kid=new_kid,
            )
        elif account.eab_kid != new_kid:
            label = "pending_kid" if account.kid_from_pending else "recorded_kid"
            recorded = {label: account.eab_kid}
            self.add(
                "account-kid-mismatch",
                server=server,
                account=account.account_id,
                eab_kid=new_kid,
                **recorded,
            )

    def _check_server_only(self) -> None:
        server = self.report.server
        if server and is_legacy_digicert(server):
            self.add("legacy-acme-url", server=server)

    def _check_lineages(self) -> None:
        server = self.report.server
        legacy_reported = bool(server and is_legacy_digicert(server))
        # Unreadable accounts are reported on their own; the ids per server are read once.
        accounts_readable = not any(f.id == "accounts-unreadable" for f in self.report.findings)
        account_ids: dict[str, set[str]] = {}
        for lineage in self.report.lineages:
            conf = lineage.conf
            # Without "server =", certbot renews against its default, Let's Encrypt.
            renews_at = (conf.server or CERTBOT_DEFAULT_SERVER) if conf is not None else None
            elsewhere = bool(renews_at and server and not same_server(renews_at, server))
            if elsewhere:
                self.add(
                    "lineage-bound-to-other-server",
                    lineage=lineage.name,
                    other_server=renews_at,
                    server=server,
                    file=lineage.conf_path,
                )
            if (
                conf is not None
                and conf.server
                and is_legacy_digicert(conf.server)
                and not (legacy_reported and server and same_server(conf.server, server))
            ):
                self.add(
                    "legacy-acme-url",
                    server=conf.server,
                    lineage=lineage.name,
                    file=lineage.conf_path,
                )
            if conf is not None and conf.server and server_cut_at_ampersand(conf.server):
                self.add(
                    "renewal-server-cut",
                    lineage=lineage.name,
                    server=conf.server,
                    file=lineage.conf_path,
                )
            if conf is not None:
                self._check_lineage_files(lineage.name, conf)
                if conf.account and renews_at and accounts_readable and not elsewhere:
                    known = account_ids.get(server_key(renews_at))
                    if known is None:
                        known = {a.account_id for a in self.report.accounts_for(renews_at)}
                        account_ids[server_key(renews_at)] = known
                    if conf.account not in known:  # (moving a lineage elsewhere fixes both)
                        self._lineage_account_missing(lineage, conf.account, renews_at)
            cert = lineage.certificate
            if cert is None:
                continue
            self._check_key(lineage.name, cert)
            if cert.not_before is not None and cert.not_before > self.now:
                start = cert.not_before.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")
                self.add(
                    "certificate-not-yet-valid",
                    lineage=lineage.name,
                    not_before=start,
                )
            when = cert.not_after.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")
            if cert.not_after <= self.now:
                self.add("certificate-expired", lineage=lineage.name, not_after=when)
            elif cert.not_after - self.now <= renewal_window(cert):
                self.add("certificate-expiring", lineage=lineage.name, not_after=when)

    def _lineage_account_missing(self, lineage: LineageInfo, account: str, server: str) -> None:
        """Certbot renews with the account its conf names, looked up under that server's
        folder; when it is not there the renewal fails (a folder copied without accounts/, an
        account deleted by hand)."""
        self.add(
            "lineage-account-missing",
            lineage=lineage.name,
            account=account,
            server=server,
            file=lineage.conf_path,
        )

    def _check_lineage_files(self, name: str, conf: RenewalConf) -> None:
        """Certbot treats a lineage whose cert/privkey/chain/fullchain is missing as broken.
        The paths are checked as the conf names them (certbot uses them as they are); nothing
        is read."""
        if name in self.outside:
            return
        for path_text in conf.file_references().values():
            try:
                os.stat(path_text)  # noqa: PTH116 - a string: 4 000 Paths cost more than the stats
            except (FileNotFoundError, NotADirectoryError):
                self.add("lineage-files-missing", lineage=name, file=Path(path_text))
                return
            except OSError as exc:
                loop = exc.errno == errno.ELOOP
                self.add("certificate-unreadable", file=Path(path_text),
                         reason="a link loop" if loop else reason(exc))  # fmt: skip
                return

    def _check_key(self, name: str, cert: CertificateInfo) -> None:
        key_path = self.root / "live" / name / "privkey.pem"
        if not cert.public_key_der or not self.paths.inside(key_path):
            return
        if private_key_matches(key_path, cert.public_key_der) is False:
            self.add("certificate-key-mismatch", lineage=name, file=key_path)

    def _logs_dirs(self) -> list[Path]:
        dirs: list[Path] = [self.root / "logs"]
        for lineage in self.report.lineages:
            if lineage.conf is not None and lineage.conf.logs_dir:
                dirs.append(Path(lineage.conf.logs_dir))
        if self.platform_logs_dir is not None:
            dirs.append(self.platform_logs_dir)
        unique: list[Path] = []
        seen: set[str] = set()
        for d in dirs:
            key = os.path.normcase(str(d.absolute()))
            if key not in seen:
                seen.add(key)
                unique.append(d)
        return unique

    def _check_logs(self) -> None:
        self.report.logs_dirs = self._logs_dirs()
        for logs_dir in self.report.logs_dirs:
            for log_file in log_files(logs_dir):
                try:
                    count = count_hmac_values(log_file)
                except OSError as exc:
                    self.add("renewal-log-unreadable", file=log_file, reason=reason(exc))
                    continue
                if count:
                    self.add("secret-in-certbot-log", file=log_file, count=count)


def _is_dir(entry: os.DirEntry[str]) -> bool:
    """A folder, or a link to one (a link that leads nowhere is neither)."""
    try:
        return entry.is_dir()
    except OSError:
        return False


def _looks_like_account_id(name: str) -> bool:
    return len(name) == 32 and all(c in "0123456789abcdef" for c in name)


def inspect_config_dir(
    path: Path,
    server: str | None = None,
    eab_kid: str | None = None,
    *,
    windows: bool | None = None,
    now: datetime | None = None,
    platform_logs_dir: Path | None = None,
    scan_platform_logs: bool = True,
) -> ConfigDirReport:
    """Inspect ``path`` for ``server`` (and the KID about to be used). Never raises for bad
    content; an unexpected internal error is logged and reported as ``config-dir-unreadable``."""
    report = ConfigDirReport(path=Path(path), server=server or None, eab_kid=eab_kid or None)
    logs_dir = platform_logs_dir
    if logs_dir is None and scan_platform_logs:
        logs_dir = default_logs_dir()
    inspector = _Inspector(
        report, windows=windows, now=now or datetime.now(UTC), platform_logs_dir=logs_dir
    )
    try:
        inspector.run()
    except (OSError, ValueError, RecursionError, RuntimeError) as exc:
        log.exception("inspection of %s stopped", path)
        cause = reason(exc) if isinstance(exc, OSError) else exc
        report.findings.append(F.make("config-dir-unreadable", path=path, reason=cause))
    return report


def _slug(text: str) -> str:
    cleaned = "".join(c if c.isalnum() or c in "-_" else "-" for c in text.strip())
    return "-".join(part for part in cleaned.split("-") if part)[:40] or "new"


def suggest_new_dir(default: Path, label: str, root: Path | None = None) -> Path:
    """A folder that does not exist yet: beside the default, ``C:\\Certbot-<label>`` (-2, -3…),
    or ``<root>\\<label>`` in the organization's folder for config dirs."""
    base = root / _slug(label) if root else default.parent / f"{default.name}-{_slug(label)}"
    candidate, number = base, 2
    while candidate.exists():
        candidate = base.with_name(f"{base.name}-{number}")
        number += 1
    return candidate
