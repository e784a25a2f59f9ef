"""Step "run": the certbot run a profile, the names and a config dir describe."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from certbot_assistant.core.certbot_command import CertbotDirs, IssueOptions
from certbot_assistant.core.certbot_run import RunRequest, issue_request
from certbot_assistant.core.profiles import Profile


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
    **run_options: object,
) -> RunRequest:
    """``certbot certonly`` for ``domains`` with the profile's ACME URL and EAB credential, in
    ``config_dir`` (standalone on ``http01_port`` unless ``webroot`` is given). ``run_options``
    go to the request: ``timeout_s``, ``override_refusal``."""
    options = IssueOptions(
        domains=tuple(domains),
        server=profile.server,
        dirs=CertbotDirs.inside(config_dir),
        email=email,
        webroot=webroot,
        http01_port=None if webroot else http01_port,
    )
    return issue_request(
        certbot, options, profile.eab_kid, hmac_key, profile=profile.name, **run_options
    )
