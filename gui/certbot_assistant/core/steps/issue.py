"""Step "run": the certbot run a profile, the names and a config dir describe."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from certbot_assistant.core.certbot.command import CertbotDirs, IssueOptions
from certbot_assistant.core.certbot.server_path import is_digicert
from certbot_assistant.core.certcentral.digicert import ISSUANCE_TIMEOUT_S
from certbot_assistant.core.configdir.marker import CertCentralLink
from certbot_assistant.core.configdir.profiles import Profile
from certbot_assistant.core.run.certbot_run import RunRequest, issue_request


def build_issue_request(
    certbot: Path,
    profile: Profile,
    hmac_key: str | None,
    domains: Sequence[str],
    config_dir: Path,
    *,
    email: str | None = None,
    webroot: Path | None = None,
    http01_port: int | None = None,
    certbot_version: tuple[int, ...] | None = None,
    **run_options: object,
) -> RunRequest:
    """``certbot certonly`` for ``domains`` with the profile's ACME URL and EAB credential, in
    ``config_dir`` (standalone on ``http01_port`` unless ``webroot`` is given). ``run_options``
    go to the request: ``timeout_s``, ``override_refusal``.

    For DigiCert, certbot waits ``digicert.ISSUANCE_TIMEOUT_S`` for the certificate instead of
    its 90 s: an order waiting for approval would otherwise end in a timeout (KB 3) while
    CertCentral goes on to issue it."""
    options = IssueOptions(
        domains=tuple(domains),
        server=profile.server,
        dirs=CertbotDirs.inside(config_dir),
        email=email,
        webroot=webroot,
        http01_port=None if webroot else http01_port,
        issuance_timeout_s=issuance_timeout_for(profile.server, certbot_version),
    )
    return issue_request(
        certbot,
        options,
        profile.eab_kid,
        hmac_key,
        profile=profile.name,
        certcentral=certcentral_link(profile),
        **run_options,
    )


def certcentral_link(profile: Profile) -> CertCentralLink:
    """What the folder's marker keeps of the profile for the unattended renewal."""
    return CertCentralLink(profile.region, profile.acme_credential_name)


# certbot learned --issuance-timeout in 1.23.0; an older one would refuse the option.
ISSUANCE_TIMEOUT_SINCE = (1, 23)


def issuance_timeout_for(server: str, certbot_version: tuple[int, ...] | None) -> int | None:
    if not is_digicert(server):
        return None
    if certbot_version is not None and certbot_version < ISSUANCE_TIMEOUT_SINCE:
        return None
    return ISSUANCE_TIMEOUT_S
