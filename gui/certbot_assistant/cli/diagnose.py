"""``certbot-assistant diagnose``: the wizard's checks in a row, as text or JSON."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from certbot_assistant import APP_NAME, __version__
from certbot_assistant.cli.common import (
    Commands,
    UsageError,
    assistant,
    exit_for_findings,
    profile_named,
    services,
    write_findings,
    write_findings_json,
)
from certbot_assistant.core.certbot.paths import default_config_dir
from certbot_assistant.core.step_context import StepContext
from certbot_assistant.core.steps.diagnose import (
    CertCentralTarget,
    DiagnoseInputError,
    DiagnoseRequest,
    Diagnosis,
)
from certbot_assistant.core.steps.server import ServerCheck
from certbot_assistant.core.translation import QT_TRANSLATE_NOOP
from certbot_assistant.core.validation import validate_domains, validate_port
from certbot_assistant.translate import date_text, translate


def register(commands: Commands) -> None:
    diag = commands.add_parser(
        "diagnose",
        help="look at this machine and a certbot config directory and list what is wrong",
        description="Find certbot installs, inspect a config directory and list findings.",
    )
    diag.set_defaults(handler=run)
    diag.add_argument(
        "--config-dir",
        type=Path,
        default=None,
        help=f"certbot config directory (default: {default_config_dir()})",
    )
    diag.add_argument("--server", help="the ACME directory URL you will use")
    diag.add_argument("--eab-kid", help="the EAB KID you will use (never the HMAC key)")
    diag.add_argument("--certbot", type=Path, help="use this certbot instead of searching")
    diag.add_argument(
        "--certbot-output", type=Path, help="a file with certbot's output or letsencrypt.log"
    )
    diag.add_argument("--format", choices=("text", "json"), default="text")
    diag.add_argument(
        "--profile", help="take --server, --eab-kid and --config-dir from this profile"
    )
    diag.add_argument(
        "--certcentral",
        action="store_true",
        help="also check CertCentral for the profile (API key from the keyring)",
    )
    diag.add_argument(
        "-d", "--domain", dest="domains", action="append", default=[], help="a name to request"
    )
    diag.add_argument(
        "--renewal",
        action="store_true",
        help="also check that a scheduled task renews the config directory",
    )
    method = diag.add_mutually_exclusive_group()
    method.add_argument(
        "--standalone",
        action="store_true",
        help="also check this server for certbot's own web server: the HTTP port, "
        "administrator rights, that the -d names resolve",
    )
    method.add_argument(
        "--webroot", help="also check this server for webroot: administrator rights, names"
    )
    diag.add_argument("--http-01-port", help="the port for --standalone (default 80)")


def render_text(diagnosis: Diagnosis, out: TextIO) -> None:
    """Context first (dir, accounts, certificates, installs), then each finding with its fix."""
    req = diagnosis.request
    report = diagnosis.config_dir
    lines = [
        f"{APP_NAME} {__version__}",
        "",
        f"{translate('Cli', 'Config directory')}: {req.config_dir}",
    ]
    if req.server:
        lines.append(f"{translate('Cli', 'ACME directory URL')}: {req.server}")
    if req.eab_kid:
        lines.append(f"{translate('Cli', 'KID')}: {req.eab_kid}")
    for account in report.accounts:
        state = translate("Cli", "complete") if account.complete else translate("Cli", "incomplete")
        kid = account.eab_kid or translate("Cli", "KID not recorded")
        label = translate("Cli", "Account")
        lines.append(f"  {label} {account.account_id} ({account.server_folder}; {state}; {kid})")
    for lineage in report.lineages:
        server = lineage.conf.server if lineage.conf and lineage.conf.server else "?"
        cert = lineage.certificate
        unknown = translate("Cli", "unknown")
        expiry = date_text(cert.not_after) if cert else unknown
        label = translate("Cli", "Certificate")
        lines.append(f"  {label} {lineage.name}: {expiry}, {server}")
    lines.append("")
    certbot = translate("Cli", "Certbot")
    if not diagnosis.installs:
        lines.append(f"{certbot}: {translate('Cli', 'not found')}")
    for install in diagnosis.installs:
        version = install.version or translate("Cli", "version unknown")
        lines.append(f"{certbot}: {install.path} ({version}, {install.kind.value})")
    lines.append("")
    out.write("\n".join(lines) + "\n")
    write_findings(diagnosis.findings, out)


def _server_check(args: argparse.Namespace, domains: tuple[str, ...]) -> ServerCheck | None:
    if not (args.standalone or args.webroot or args.http_01_port):
        return None
    port = validate_port(args.http_01_port) if args.http_01_port else 80
    webroot = Path(args.webroot) if args.webroot else None
    return ServerCheck(domains, standalone=webroot is None, port=port, webroot=webroot)


def run(args: argparse.Namespace, out: TextIO) -> int:
    world = services(args)
    profile = profile_named(args.profile, args) if args.profile else None
    if args.certcentral and profile is None:
        raise UsageError("diagnose", QT_TRANSLATE_NOOP("Cli", "--certcentral needs --profile"))
    domains = tuple(validate_domains(args.domains)) if args.domains else ()
    target = None
    if args.certcentral and profile is not None:
        make_client = assistant(args).certcentral_client(profile)
        target = CertCentralTarget(make_client, profile.acme_credential_name, domains)
    config_dir = args.config_dir or (
        Path(profile.config_dir) if profile and profile.config_dir else world.default_config_dir()
    )
    request = DiagnoseRequest(
        config_dir=config_dir,
        server=args.server or (profile.server if profile else None),
        eab_kid=args.eab_kid or (profile.eab_kid if profile else None),
        certbot=args.certbot,
        certbot_output=args.certbot_output,
        certcentral=target,
        renewal=args.renewal,
        server_check=_server_check(args, domains),
        account_region=profile.region if profile else None,
    )
    try:
        result = assistant(args).diagnose(StepContext(), request)
    except DiagnoseInputError as exc:
        raise UsageError.about("diagnose", exc) from exc
    if args.format == "json":
        write_findings_json(result.findings, out)
    else:
        render_text(result, out)
    return exit_for_findings(result.findings)
