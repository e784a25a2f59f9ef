from __future__ import annotations

import re
from pathlib import Path

import pytest

from certbot_assistant.core import findings as F

# The public ids of shared/design/findings.md: a contract, never renamed.
PUBLIC_IDS = """
certbot-not-found certbot-version-unknown certbot-too-old-for-eab certbot-windows-installer-eol
certbot-windows-symlink-bug config-dir-missing config-dir-not-certbot account-kid-mismatch
account-kid-unknown multiple-accounts incomplete-account lineage-bound-to-other-server
legacy-acme-url certificate-expiring certificate-expired renewal-conf-unreadable
account-unreadable secret-in-certbot-log renewal-not-scheduled renewal-task-broken
acme-server-unreachable account-deactivated account-unknown-to-server certcentral-key-invalid
certcentral-permission-missing certcentral-unreachable acme-credential-revoked
acme-credential-not-found organization-not-validated organization-validation-expiring
domain-not-in-account domain-not-validated domain-validation-expiring request-pending
request-pending-over-24h approval-step-may-be-required port-80-in-use not-elevated
run-succeeded not-due-for-renewal eab-required-missing eab-kid-unknown eab-hmac-invalid
port-permission-denied challenge-failed authorization-timeout issuance-timeout network-error
tls-error rate-limited certbot-already-running
""".split()

DESIGN_DOC = Path(__file__).resolve().parents[4] / "shared" / "design" / "findings.md"


def test_every_public_id_is_in_the_catalogue() -> None:
    public = {F.Finding(spec.id).id for spec in F.CATALOGUE}
    assert set(PUBLIC_IDS) - public == set()


@pytest.mark.skipif(not DESIGN_DOC.exists(), reason="shared/ not beside the checkout")
def test_catalogue_matches_the_design_document() -> None:
    documented = set(re.findall(r"^\| ([a-z0-9-]+) \|", DESIGN_DOC.read_text(), re.MULTILINE))
    documented.discard("id")
    public = {F.Finding(spec.id).id for spec in F.CATALOGUE}
    # The document also lists the catalogue's second wordings (e.g. multiple-accounts-run);
    # each reports under its public id, which the document lists too: JSON readers and
    # monitoring rules keep matching one id per problem.
    wordings = {spec.id: F.Finding(spec.id).id for spec in F.CATALOGUE if spec.id not in public}
    assert documented - public - wordings.keys() == set()
    assert {wordings[w] for w in documented & wordings.keys()} <= documented


def test_severities_match_the_design() -> None:
    assert F.spec_for("account-kid-mismatch").severity is F.Severity.ERROR
    assert F.spec_for("account-kid-unknown").severity is F.Severity.WARNING
    assert F.spec_for("incomplete-account").severity is F.Severity.INFO
    assert F.spec_for("multiple-accounts-run").severity is F.Severity.ERROR


def test_ids_are_unique_and_texts_present() -> None:
    ids = [spec.id for spec in F.CATALOGUE]
    assert len(ids) == len(set(ids))
    for spec in F.CATALOGUE:
        assert spec.title and spec.detail and spec.fix, spec.id


def test_placeholders_are_filled_from_the_evidence_the_catalogue_names() -> None:
    finding = F.make(
        "account-kid-mismatch", server="https://x/dir", recorded_kid="kid-1", eab_kid="kid-2"
    )
    assert finding.detail() == (
        "This folder already has an ACME account for https://x/dir, registered with KID kid-1. "
        "Certbot would reuse it and silently ignore KID kid-2, so certificates would keep "
        "coming from the old credential."
    )
    assert finding.to_json()["evidence"] == {
        "server": "https://x/dir",
        "recorded_kid": "kid-1",
        "eab_kid": "kid-2",
    }
    interrupted = F.make("account-kid-mismatch", server="s", pending_kid="kid-0", eab_kid="k")
    assert "registered with KID kid-0" in interrupted.detail()


def test_a_forgotten_argument_fails_loudly() -> None:
    with pytest.raises(TypeError, match=re.escape("recorded_kid|pending_kid")):
        F.make("account-kid-mismatch", server="s", eab_kid="k")


def test_every_placeholder_has_an_argument_and_every_argument_a_placeholder() -> None:
    for spec in F.CATALOGUE:
        used = {int(n) for n in re.findall(r"%([1-9])", spec.detail + spec.fix)}
        assert used == set(range(1, len(spec.arguments) + 1)), spec.id


def test_catalogue_facts_pages_rely_on() -> None:
    assert F.spec_for("account-kid-mismatch").blocks_run
    assert F.Fix.BACKUP_AND_REMOVE in F.spec_for("account-kid-mismatch").fixes
    assert F.Fix.SAME_CREDENTIAL in F.spec_for("account-kid-unknown-digicert").fixes
    assert F.spec_for("request-pending").console_path == "Certificates > Requests"
    offered = {spec.id for spec in F.CATALOGUE if spec.console_path}
    assert {s.id for s in F.CATALOGUE if s.category is F.Category.CERTCENTRAL} - offered == {
        "certcentral-permission-missing",
        "certcentral-unreachable",
        "certcentral-blocked",
        "no-challenge-needed",  # nothing to do there
    }


def test_an_argument_holding_a_placeholder_is_not_substituted_again() -> None:
    finding = F.make("renewal-conf-unreadable", file=r"C:\%2\x.conf", reason="bad")
    assert finding.detail() == r"C:\%2\x.conf: bad"


def test_unknown_id_fails_loudly() -> None:
    with pytest.raises(KeyError):
        F.make("no-such-finding")


def test_sorted_worst_first_and_stable() -> None:
    info = F.make("config-dir-missing", path="/x")
    warn = F.make("account-kid-unknown", server="s", eab_kid="k")
    err1 = F.make("legacy-acme-url", server="a")
    err2 = F.make("multiple-accounts", count=2, server="s")
    assert F.sort_findings([info, err1, warn, err2]) == [err1, err2, warn, info]
    assert F.has_error([info, err1]) and not F.has_error([info, warn])


def test_run_alias_reports_the_public_id() -> None:
    assert F.Finding("multiple-accounts-run").id == "multiple-accounts"
    assert F.Finding("multiple-accounts-run").to_json()["id"] == "multiple-accounts"
