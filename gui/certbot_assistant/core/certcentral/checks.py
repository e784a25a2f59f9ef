"""What CertCentral will do with the next ACME order, checked before certbot runs.

KB scenario 3 (timeouts) and the revoked-credential half of scenario 2 are decided here: the
credential's status, its organization's validation, the domains' validation, pending requests and
the approval setting. Field names and rules follow reference/certcentral-api.md (§ numbers below).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from certbot_assistant.core import findings as F
from certbot_assistant.core.certcentral.client import CertCentralClient, CertCentralError
from certbot_assistant.core.certcentral.digicert import (
    is_legacy_credential,
    next_renewal_of_new_certificate,
    usable_until,
)
from certbot_assistant.core.utc_time import parse_time

log = logging.getLogger(__name__)

EXPIRY_WARNING = timedelta(days=30)
PENDING_LIMIT = timedelta(hours=24)  # §4.1 "24-hour rule"
APPROVER_ROLES = {"administrator", "manager"}  # §5: skip/auto-approve applies to these only


class Step:
    """The checks in order, for progress messages ("Checking CertCentral: domains…")."""

    KEY = "key"
    CREDENTIAL = "credential"
    ORGANIZATION = "organization"
    DOMAINS = "domains"
    REQUESTS = "requests"


def validation_type(product_name_id: str | None) -> str | None:
    """``ov``/``ev`` by product, None for DV (needs no organization validation, §2.2)."""
    tokens = set((product_name_id or "").lower().replace("-", "_").split("_"))
    if "ev" in tokens:
        return "ev"
    if "dv" in tokens:
        return None
    return "ov"


@dataclass(frozen=True)
class ValidationState:
    active: bool
    until: datetime | None


def best_validation(validations: object, kind: str, now: datetime) -> ValidationState:
    """The ``kind`` validation that is active and lasts longest (§2.2/§3.1 check rules)."""
    best = ValidationState(False, None)
    for item in validations if isinstance(validations, list) else []:
        if not isinstance(item, dict) or str(item.get("type", "")).lower() != kind:
            continue
        until = parse_time(item.get("validated_until"))
        active = str(item.get("status", "")).lower() == "active" and (until is None or until > now)
        if active and (not best.active or (until and best.until and until > best.until)):
            best = ValidationState(True, until)
        elif not best.active and best.until is None:
            best = ValidationState(False, until)
    return best


def covering_domain(name: str, domains: Iterable[dict[str, Any]]) -> dict[str, Any] | None:
    """The account domain a requested name falls under: equal, or the longest parent (§3.1)."""
    bare = name.lower().removeprefix("*.").rstrip(".")
    best: dict[str, Any] | None = None
    for domain in domains:
        candidate = str(domain.get("name", "")).lower().rstrip(".")
        covers = bool(candidate) and (bare == candidate or bare.endswith("." + candidate))
        if covers and (best is None or len(candidate) > len(str(best.get("name", "")))):
            best = domain
    return best


def request_names(request: dict[str, Any]) -> set[str]:
    raw_order = request.get("order")
    cert = raw_order.get("certificate") if isinstance(raw_order, dict) else None
    names: set[str] = set()
    if isinstance(cert, dict):
        if isinstance(cert.get("common_name"), str):
            names.add(cert["common_name"].lower())
        if isinstance(cert.get("dns_names"), list):
            names |= {str(n).lower() for n in cert["dns_names"]}
    return names


@dataclass(frozen=True)
class OrganizationValidation:
    name: str
    kind: str
    until: datetime | None


@dataclass
class CertCentralReport:
    findings: list[F.Finding] = field(default_factory=list)
    user_roles: list[str] = field(default_factory=list)
    user_name: str | None = None
    credential: dict[str, Any] | None = None
    pending_requests: list[dict[str, Any]] = field(default_factory=list)
    completed: bool = False
    # DigiCert's rule: OV/EV certificates for names CertCentral validated need no ACME
    # challenge. None: not known (no credential or no names checked); True for DV.
    challenge_needed: bool | None = None
    legacy_credential: bool | None = None
    validated_until: dict[str, datetime | None] = field(default_factory=dict)
    """Per name asked about (OV/EV): the last moment an order can reuse its domain's
    validation; None when it is not validated. DV names are not listed: no reuse."""
    organization: OrganizationValidation | None = None

    def add(self, spec_id: str, **evidence: object) -> None:
        self.findings.append(F.make(spec_id, **evidence))


# The user waits for the checks: all of them end within this, whatever the network does.
CHECKS_DEADLINE_S = 180.0


def run_checks(
    client: CertCentralClient,
    credential_name: str | None,
    domains: Sequence[str],
    *,
    now: datetime | None = None,
    progress: Callable[[str], None] | None = None,
    cancelled: Callable[[], bool] = lambda: False,
    deadline_s: float = CHECKS_DEADLINE_S,
) -> CertCentralReport:
    """All checks; a CertCentral error becomes its finding and ends the run (never raises).
    However CertCentral (or a proxy) answers, the whole run ends within ``deadline_s``."""
    from certbot_assistant.core.certcentral import http_deadline

    report = CertCentralReport()
    moment = now or datetime.now(UTC)
    try:
        with http_deadline.deadline(deadline_s):
            _run(client, credential_name, list(domains), moment, report, progress, cancelled)
        report.completed = not cancelled()
    except CertCentralError as exc:
        report.findings.append(exc.finding())
    report.findings = F.sort_findings(report.findings)
    return report


def _run(
    client: CertCentralClient,
    credential_name: str | None,
    domains: list[str],
    now: datetime,
    report: CertCentralReport,
    progress: Callable[[str], None] | None,
    cancelled: Callable[[], bool],
) -> None:
    def step(name: str) -> bool:
        if progress is not None:
            progress(name)
        return not cancelled()

    if not step(Step.KEY):
        return
    me = client.get("/user/me")  # §8 step 1
    raw_roles = me.get("access_roles")
    roles: list[Any] = raw_roles if isinstance(raw_roles, list) else []
    report.user_roles = [str(r.get("name", "")) for r in roles if isinstance(r, dict)]
    first, last = me.get("first_name") or "", me.get("last_name") or ""
    report.user_name = f"{first} {last}".strip() or str(
        me.get("username") or me.get("email") or "?"
    )

    if not step(Step.CREDENTIAL):
        return
    kind: str | None = "ov"
    if credential_name:
        credential = _find_credential(client, credential_name)  # §6.2
        if credential is None:
            report.add("acme-credential-not-found", credential=credential_name)
        else:
            report.credential = credential
            if str(credential.get("status", "")).lower() == "revoked":
                report.add("acme-credential-revoked", credential=credential_name)
            kind = validation_type(credential.get("product_name_id"))
            report.legacy_credential = is_legacy_credential(
                parse_time(credential.get("create_date"))
            )
            org_id = credential.get("organization_id")
            if kind is not None and org_id not in (None, "", "0") and step(Step.ORGANIZATION):
                _check_organization(client, credential, str(org_id), kind, now, report)

    if domains and step(Step.DOMAINS):
        _check_domains(client, domains, kind, now, report)
        _decide_challenge(report, credential_name, kind)

    if not step(Step.REQUESTS):
        return
    pending = pending_requests(client)
    report.pending_requests = pending
    wanted = {d.lower() for d in domains}
    for request in pending:
        names = request_names(request)
        if wanted and not (names & wanted):
            continue
        submitted = parse_time(request.get("date"))  # §4.1: the submission time field is `date`
        shown = submitted.strftime("%Y-%m-%d %H:%M UTC") if submitted else "?"
        common = F.items(sorted(names)) or "?"
        spec = (
            "request-pending-over-24h"
            if submitted is not None and now - submitted > PENDING_LIMIT
            else "request-pending"
        )
        report.add(spec, request=request.get("id"), lineage=common, since=shown)

    is_approver = any(r.lower() in APPROVER_ROLES for r in report.user_roles)
    acme_pending = [r for r in pending if r.get("type", "new_request") == "new_request"]
    if not is_approver:
        report.add(
            "approval-step-may-be-required-role",
            user=report.user_name or "?",
            roles=F.items(report.user_roles) or "-",
        )
    elif acme_pending:
        report.add("approval-step-may-be-required", count=len(acme_pending))


_NOT_PREVALIDATED = ("domain-not-in-account", "domain-not-validated", "domain-needs-challenge")


def _decide_challenge(
    report: CertCentralReport, credential_name: str | None, kind: str | None
) -> None:
    """Whether certbot will have to answer a challenge, as far as CertCentral tells."""
    credential = report.credential
    if credential is None or str(credential.get("status", "")).lower() == "revoked":
        return
    if kind is None:
        report.challenge_needed = True  # DV: always validated by challenge
        return
    report.challenge_needed = any(f.id in _NOT_PREVALIDATED for f in report.findings)
    if not report.challenge_needed:
        report.add("no-challenge-needed", credential=credential_name, validation=kind.upper())


def _find_credential(client: CertCentralClient, name: str) -> dict[str, Any] | None:
    keys = client.get("/key").get("api_keys")
    acme = [
        k for k in (keys if isinstance(keys, list) else [])
        if isinstance(k, dict) and "acme_directory_url" in k  # §6.2: how ACME URLs differ
    ]  # fmt: skip
    exact = [k for k in acme if k.get("name") == name]
    folded = [k for k in acme if str(k.get("name", "")).casefold() == name.casefold()]
    matches = exact or folded
    # Several with one name: an active one decides whether issuing works.
    active = [k for k in matches if str(k.get("status", "")).lower() == "active"]
    chosen = active or matches
    return chosen[0] if chosen else None


def _check_organization(
    client: CertCentralClient,
    credential: dict[str, Any],
    org_id: str,
    kind: str,
    now: datetime,
    report: CertCentralReport,
) -> None:
    data = client.get(f"/organization/{org_id}/validation")  # §2.2
    state = best_validation(data.get("validations"), kind, now)
    name = str(credential.get("organization_name") or org_id)
    label = kind.upper()
    report.organization = OrganizationValidation(name, label, state.until if state.active else None)
    if not state.active:
        report.add("organization-not-validated", organization=name, validation=label)
    elif state.until is not None and state.until <= _needed_until(now):
        when = state.until.strftime("%Y-%m-%d")
        report.add(
            "organization-validation-expiring", organization=name, validation=label, not_after=when
        )


def _check_domains(
    client: CertCentralClient,
    names: list[str],
    kind: str | None,
    now: datetime,
    report: CertCentralReport,
) -> None:
    account_domains = list(
        client.get_all("/domain", "domains", {"include_validation": "true"})  # §3.1
    )
    for name in names:
        domain = covering_domain(name, account_domains)
        if domain is None:
            report.add("domain-not-in-account", lineage=name)
            continue
        if kind is None:
            continue  # DV: ACME challenges validate on the fly (§3.1 context)
        domain_name = str(domain.get("name"))
        state = best_validation(domain.get("validations"), kind, now)
        if not domain.get("validations") and isinstance(domain.get("dcv_expiration"), dict):
            until = parse_time(domain["dcv_expiration"].get(kind))
            state = ValidationState(until is not None and until > now, until)
        active = domain.get("is_active") is not False and state.active
        report.validated_until[name] = (
            usable_until(_approved_at(domain), state.until) if active else None
        )
        if not active:
            if report.legacy_credential is False:
                # The current service validates it by challenge when certbot runs.
                report.add("domain-needs-challenge", domain=domain_name, lineage=name)
            else:  # legacy credentials (or unknown age): only prevalidated names issue
                report.add("domain-not-validated", domain=domain_name, lineage=name)
        elif state.until is not None and state.until <= _needed_until(now):
            when = state.until.strftime("%Y-%m-%d")
            report.add("domain-validation-expiring", domain=domain_name, not_after=when)


def _approved_at(domain: dict[str, Any]) -> datetime | None:
    """When the domain's control was last validated, when CertCentral says so (the reuse
    status of ``dcv_expiration``): the reuse period counts from then."""
    expiration = domain.get("dcv_expiration")
    return parse_time(expiration.get("dcv_approval_date")) if isinstance(expiration, dict) else None


def _needed_until(now: datetime) -> datetime:
    """A validation must outlast the next renewal of a certificate issued now (certificates
    shorten on DigiCert's and the CA/B Forum's schedule), and at least the next month."""
    return max(now + EXPIRY_WARNING, next_renewal_of_new_certificate(now))


# The explicit approve/reject action (§4.3) -------------------------------------------------------


@dataclass(frozen=True)
class RequestSummary:
    id: int
    status: str
    type: str
    date: datetime | None
    names: tuple[str, ...]
    product: str
    requester: str
    organization: str


def pending_requests(client: CertCentralClient) -> list[dict[str, Any]]:
    """Every request of the account that waits for an approver (all pages)."""
    return list(client.get_all("/request", "requests", {"filters[status]": "pending"}))


def describe_request(client: CertCentralClient, request_id: int) -> RequestSummary:
    """What an approval would approve, shown to the user before they confirm (§4.2)."""
    data = client.get(f"/request/{int(request_id)}")
    raw_order = data.get("order")
    order: dict[str, Any] = raw_order if isinstance(raw_order, dict) else {}
    product = order.get("product")
    org = order.get("organization")
    raw_requester = data.get("requester")
    requester: dict[str, Any] = raw_requester if isinstance(raw_requester, dict) else {}
    return RequestSummary(
        id=int(data.get("id", request_id)),
        status=str(data.get("status", "")),
        type=str(data.get("type", "")),
        date=parse_time(data.get("date")),
        names=tuple(sorted(request_names(data))),
        product=str(product.get("name", "")) if isinstance(product, dict) else "",
        requester=" ".join(
            str(requester.get(k, "")) for k in ("first_name", "last_name") if requester.get(k)
        ),
        organization=str(org.get("name", "")) if isinstance(org, dict) else "",
    )


def set_request_status(
    client: CertCentralClient, request_id: int, status: str, comment: str
) -> None:
    """Approve or reject: 204 on success; 403 and 404 raise their typed errors."""
    if status not in ("approved", "rejected"):
        raise ValueError(status)
    client.put(
        f"/request/{int(request_id)}/status", {"status": status, "processor_comment": comment}
    )
    log.info("request %s set to %s", request_id, status)
