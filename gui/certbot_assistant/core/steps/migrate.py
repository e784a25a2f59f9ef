"""Step "move a whole folder to the new credential": the plan, and each lineage's certbot run.

DigiCert's fix for its first two troubleshooting scenarios (certificates still issued under the
old ACME directory URL, a revoked one) is a new config dir for the new credential and every
certificate issued again there. Certbot cannot move a lineage to another account, so each one is
ordered again in the new folder with the same names and ``--cert-name`` and the options its old
renewal conf recorded (certbot then writes them into the new renewal conf). The plan is the
assistant's own reading of the old folder: nothing is ordered to make it (a ``--dry-run``
against DigiCert would place real orders).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from certbot_assistant.core import findings as F
from certbot_assistant.core.certbot.command import CertbotDirs, IssueOptions
from certbot_assistant.core.certcentral.client import CertCentralClient
from certbot_assistant.core.certificates.deploy import (
    DeployTargets,
    TargetsFileError,
    remembered_targets,
)
from certbot_assistant.core.configdir.inspection import LineageInfo, inspect_config_dir
from certbot_assistant.core.configdir.marker import MarkerError, read_marker
from certbot_assistant.core.configdir.profiles import Profile
from certbot_assistant.core.configdir.renewal_conf import RenewalConfError, read_renewal_params
from certbot_assistant.core.run.certbot_run import RunRequest, issue_request
from certbot_assistant.core.step_context import StepContext
from certbot_assistant.core.steps.certcentral import check_certcentral
from certbot_assistant.core.steps.issue import certcentral_link, issuance_timeout_for
from certbot_assistant.core.steps.server import ServerCheck, check_server, server_check_after

JSON_SCHEMA = 1
PREFLIGHT_STAGE = "migrate:checks"
"""The progress stage of the checks before the first order (no lineage is named so: a colon
cannot be in a Windows file name)."""

CARRIED_OPTIONS = {
    "key_type": "--key-type",
    "rsa_key_size": "--rsa-key-size",
    "elliptic_curve": "--elliptic-curve",
    "preferred_chain": "--preferred-chain",
    "pre_hook": "--pre-hook",
    "post_hook": "--post-hook",
    "renew_hook": "--deploy-hook",
    "http01_address": "--http-01-address",
    "manual_auth_hook": "--manual-auth-hook",
    "manual_cleanup_hook": "--manual-cleanup-hook",
    "pref_challs": "--preferred-challenges",
}
"""Renewal settings certbot records and the option that sets them again."""
CARRIED_SWITCHES = {"must_staple": "--must-staple", "reuse_key": "--reuse-key"}
REPLACED = {
    "server", "account", "config_dir", "work_dir", "logs_dir", "authenticator", "installer",
    "webroot_path", "webroot_map", "http01_port", "manual_public_ip_logging_ok",
}  # fmt: skip
"""Settings the move sets itself (the new credential, the new folder, the challenge)."""


@dataclass
class LineagePlan:
    """One lineage: what is ordered again, with what, and what stops or is left behind."""

    name: str
    domains: tuple[str, ...] = ()
    authenticator: str | None = None
    challenge_args: tuple[str, ...] = ()
    option_args: tuple[str, ...] = ()
    carried: dict[str, str] = field(default_factory=dict)
    blocked: list[F.Finding] = field(default_factory=list)
    notes: list[F.Finding] = field(default_factory=list)
    targets: DeployTargets | None = None
    hook_registered: bool = False
    moved: bool = False
    """Already issued again in the new folder by an earlier run of the same move."""

    @property
    def movable(self) -> bool:
        return not self.blocked

    def server_check(self) -> ServerCheck | None:
        """What this server must offer for the lineage's challenge: certbot's own web server
        on its port, or the webroot's first folder; None for a plugin that answers elsewhere
        (DNS, a manual hook)."""
        if self.authenticator == "standalone":
            port = self.carried.get("http01_port", "")
            return ServerCheck(self.domains, port=int(port) if port.isdigit() else 80)
        if self.authenticator == "webroot":
            folders = self.challenge_args[2::4]
            return ServerCheck(
                self.domains,
                standalone=False,
                webroot=Path(folders[0]) if folders else None,
            )
        return None

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "domains": list(self.domains),
            "authenticator": self.authenticator,
            "carried": dict(self.carried),
            "blocked": [f.id for f in self.blocked],
            "not_carried": [f.to_json() for f in self.notes],
            "deploy_targets": self.targets is not None,
            "moved": self.moved,
        }


@dataclass
class MigrationPlan:
    source: Path
    target: Path
    profile: Profile
    lineages: list[LineagePlan]

    @property
    def to_order(self) -> list[LineagePlan]:
        """The lineages that will be ordered now (a new order each at DigiCert)."""
        return [p for p in self.lineages if p.movable and not p.moved]

    @property
    def blocked(self) -> list[LineagePlan]:
        return [p for p in self.lineages if not p.movable]

    def findings(self) -> list[F.Finding]:
        return [f for p in self.lineages for f in (*p.blocked, *p.notes)]

    def to_json(self) -> dict[str, Any]:
        return {
            "schema": JSON_SCHEMA,
            "from": str(self.source),
            "to": str(self.target),
            "profile": self.profile.name,
            "orders": len(self.to_order),
            "lineages": [p.to_json() for p in self.lineages],
        }


def _text(value: object) -> str:
    if isinstance(value, list):
        return ",".join(str(v) for v in value if str(v))
    return str(value).strip()


def _is_assistant_hook(command: str) -> bool:
    """The assistant's own deploy hook names the old folder: the move registers it anew."""
    return "certbot-assistant" in command and " deploy" in command


def _challenge(plan: LineagePlan, params: dict[str, object]) -> None:
    authenticator = _text(params.get("authenticator", "")) or "standalone"
    plan.authenticator = authenticator
    names = plan.domains
    if authenticator == "webroot":
        mapping = params.get("webroot_map")
        paths = [p for p in _text(params.get("webroot_path", "")).split(",") if p]
        args: list[str] = ["--webroot"]
        for name in names:
            where = mapping.get(name) if isinstance(mapping, dict) else None
            where = _text(where) if where else (paths[0] if paths else "")
            if not where:
                plan.blocked.append(
                    F.make("migrate-webroot-missing", lineage=plan.name, domain=name)
                )
                return
            args += ["-w", where, "-d", name]
        plan.challenge_args = tuple(args)
        plan.carried["webroot"] = "; ".join(args[2::4])
        return
    if authenticator == "standalone":
        args = ["--standalone"]
        port = _text(params.get("http01_port", ""))
        if port:
            args += ["--http-01-port", port]
            plan.carried["http01_port"] = port
    elif authenticator == "manual":
        if not _text(params.get("manual_auth_hook", "")):
            plan.blocked.append(F.make("migrate-manual-without-hooks", lineage=plan.name))
            return
        args = ["--manual"]
    else:
        args = ["--authenticator", authenticator]
        prefix = authenticator.replace("-", "_") + "_"
        for key, value in params.items():
            if key.startswith(prefix) and _text(value):
                args += ["--" + key.replace("_", "-"), _text(value)]
                plan.carried[key] = _text(value)
    for name in names:
        args += ["-d", name]
    plan.challenge_args = tuple(args)


def _options(plan: LineagePlan, params: dict[str, object]) -> None:
    args: list[str] = []
    authenticator_prefix = (plan.authenticator or "").replace("-", "_") + "_"
    for key, raw in params.items():
        value = _text(raw)
        if key in CARRIED_OPTIONS and value:
            if key == "renew_hook" and _is_assistant_hook(value):
                plan.hook_registered = True
                continue
            args += [CARRIED_OPTIONS[key], value]
            plan.carried[key] = value
        elif key in CARRIED_SWITCHES:
            if value == "True":
                args.append(CARRIED_SWITCHES[key])
                plan.carried[key] = value
        elif key == "installer":
            if value and value not in ("None", "null"):
                plan.notes.append(
                    F.make("migrate-installer-not-carried", lineage=plan.name, value=value)
                )
        elif key in REPLACED or key.startswith(authenticator_prefix) or isinstance(raw, dict):
            continue
        elif value:
            plan.notes.append(
                F.make("migrate-setting-not-carried", lineage=plan.name, setting=key, value=value)
            )
    plan.option_args = tuple(args)


def plan_lineage(source: Path, lineage: LineageInfo, moved: set[str]) -> LineagePlan:
    plan = LineagePlan(lineage.name, moved=lineage.name in moved)
    if lineage.certificate is None:
        plan.blocked.append(
            F.make("migrate-lineage-unreadable", lineage=lineage.name, reason=lineage.conf_path)
        )
        return plan
    plan.domains = tuple(lineage.certificate.names)
    try:
        params = read_renewal_params(lineage.conf_path)
    except RenewalConfError as exc:
        plan.blocked.append(F.make("migrate-lineage-unreadable", lineage=lineage.name, reason=exc))
        return plan
    _challenge(plan, params)
    if plan.blocked:
        return plan
    _options(plan, params)
    try:
        plan.targets = remembered_targets(source, lineage.name)
    except TargetsFileError as exc:
        plan.notes.append(F.make("deploy-targets-unreadable", file=exc.path, reason=exc.reason))
    return plan


def moved_lineages(target: Path, source: Path) -> set[str]:
    """The lineages an earlier run of this move already issued again in ``target`` (recorded
    in its marker, and their renewal conf is there)."""
    try:
        marker = read_marker(target)
    except MarkerError:
        return set()
    if marker is None:
        return set()
    return {
        m.name
        for m in marker.migrated
        if Path(m.source) == source and (target / "renewal" / f"{m.name}.conf").is_file()
    }


def plan_migration(
    source: Path, target: Path, profile: Profile, only: Sequence[str] = ()
) -> MigrationPlan:
    """What moving ``source``'s lineages to ``target`` under ``profile`` would do. Reads only."""
    report = inspect_config_dir(source, scan_platform_logs=False)
    moved = moved_lineages(target, source)
    wanted = [lineage for lineage in report.lineages if not only or lineage.name in only]
    return MigrationPlan(
        source, target, profile, [plan_lineage(source, lineage, moved) for lineage in wanted]
    )


def preflight_migration(
    context: StepContext,
    plan: MigrationPlan,
    make_client: Callable[[], CertCentralClient] | None,
) -> list[F.Finding]:
    """What ``issue`` checks before a run, for every lineage about to be ordered, before the
    first order: CertCentral for all their names (when an API key is there: ``make_client``),
    then this server for each way a challenge is answered (each port, each webroot). An error
    among them means the move must not start."""
    todo = plan.to_order
    names = sorted({name for lineage in todo for name in lineage.domains})
    findings: list[F.Finding] = []
    remote = None
    if make_client is not None and names:
        remote = check_certcentral(context, make_client, plan.profile.acme_credential_name, names)
        findings += remote.findings
    checks: dict[tuple[bool, int, Path | None], list[str]] = {}
    for lineage in todo:
        check = lineage.server_check()
        if check is not None:
            key = (check.standalone, check.port, check.webroot)
            checks.setdefault(key, []).extend(lineage.domains)
    for (standalone, port, webroot), domains in checks.items():
        context.check()
        check = ServerCheck(tuple(dict.fromkeys(domains)), standalone, port, webroot)
        findings += check_server(context, server_check_after(check, remote)).findings
    unique: dict[tuple[str, str], F.Finding] = {}
    for finding in findings:
        unique.setdefault((finding.id, repr(sorted(finding.evidence.items()))), finding)
    return list(unique.values())


def lineage_request(
    plan: LineagePlan,
    target: Path,
    profile: Profile,
    certbot: Path,
    hmac_key: str | None,
    *,
    certbot_version: tuple[int, ...] | None = None,
    email: str | None = None,
    timeout_s: float = 1800,
) -> RunRequest:
    """The certbot run that orders ``plan``'s lineage again in ``target``."""
    options = IssueOptions(
        domains=plan.domains,
        server=profile.server,
        dirs=CertbotDirs.inside(target),
        email=email,
        cert_name=plan.name,
        extra_args=plan.option_args,
        issuance_timeout_s=issuance_timeout_for(profile.server, certbot_version),
        challenge_args=plan.challenge_args,
    )
    return issue_request(
        certbot,
        options,
        profile.eab_kid,
        hmac_key,
        profile=profile.name,
        certcentral=certcentral_link(profile),
        timeout_s=timeout_s,
    )
