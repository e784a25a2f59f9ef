"""``certbot-assistant deploy``: put a renewed certificate where the server uses it, and check
that it is served (the Done page's "Install" step, for remote sessions and certbot's hook).

Run by certbot after a renewal (``renew_hook``), it finds the lineage in ``RENEWED_LINEAGE`` and
repeats the targets remembered the first time.
"""

from __future__ import annotations

import argparse
import os
import re
from pathlib import Path
from typing import TextIO

from certbot_assistant.cli.common import (
    Commands,
    UsageError,
    assistant,
    exit_for_findings,
    write_findings,
    write_findings_json,
)
from certbot_assistant.core.certificates.deploy import (
    DeployError,
    DeployTargets,
    parse_reload,
    targets_from_lineage_env,
)
from certbot_assistant.core.own_command import assistant_command
from certbot_assistant.core.step_context import StepContext
from certbot_assistant.core.steps.deploy import (
    InstallRequest,
    InstallRequestError,
)
from certbot_assistant.core.translation import QT_TRANSLATE_NOOP, fill
from certbot_assistant.translate import translate

PFX_PASSWORD_ENV = "CERTBOT_ASSISTANT_PFX_PASSWORD"


def register(commands: Commands) -> None:
    cmd = commands.add_parser(
        "deploy",
        help="install a lineage's certificate for the server (Windows store, IIS/http.sys "
        "bindings, a folder) and check it is served",
        description="Without targets, repeats the ones remembered for the lineage. certbot "
        "runs this after each renewal once --register-hook was given.",
    )
    cmd.set_defaults(handler=run)
    cmd.add_argument("--config-dir", type=Path, help="default: from RENEWED_LINEAGE")
    cmd.add_argument("--cert-name", help="the lineage (live/<name>); default: RENEWED_LINEAGE")
    cmd.add_argument("--store", help="Windows certificate store, e.g. LocalMachine\\My")
    cmd.add_argument(
        "--binding", action="append", default=[], metavar="HOST:PORT",
        help="an HTTPS binding to update (Windows) and check; repeatable",
    )  # fmt: skip
    cmd.add_argument("--iis-site", help="the IIS site whose HTTPS bindings to update (Windows)")
    cmd.add_argument(
        "--pfx", type=Path, help=f"also export a PFX (password from {PFX_PASSWORD_ENV})"
    )
    cmd.add_argument("--folder", type=Path, help="copy the PEM files here (Linux services)")
    cmd.add_argument("--owner", help="user[:group] of the copied files")
    cmd.add_argument(
        "--mode", default="640",
        help="octal mode of the copied files (640); the key never gets more than 640",
    )  # fmt: skip
    cmd.add_argument(
        "--allow-readable-key", action="store_true",
        help="give the key --mode as it is, even readable by others (warned)",
    )  # fmt: skip
    cmd.add_argument("--reload", help="command that makes the service read the new files")
    cmd.add_argument("--rdp", action="store_true", help="the Remote Desktop listener (Windows)")
    cmd.add_argument(
        "--sql", nargs="?", const="", metavar="INSTANCE",
        help="SQL Server: every instance, or the one named (Windows)",
    )  # fmt: skip
    cmd.add_argument(
        "--exchange", nargs="?", const="IIS,SMTP", metavar="SERVICES",
        help="Exchange, for these services (IIS,SMTP); the key goes into a CSP (Windows)",
    )  # fmt: skip
    cmd.add_argument("--winrm", action="store_true", help="the WinRM HTTPS listener (Windows)")
    cmd.add_argument(
        "--key-reader", action="append", default=[], metavar="ACCOUNT",
        help="an account that must read the private key (name or SID); repeatable",
    )  # fmt: skip
    cmd.add_argument(
        "--key-storage", choices=("cng", "csp"),
        help="where the private key is imported (cng; csp for services that need it)",
    )  # fmt: skip
    cmd.add_argument(
        "--restart", action="store_true",
        help="restart SQL Server or WinRM so they use the new certificate now",
    )  # fmt: skip
    cmd.add_argument(
        "--rollback", action="store_true",
        help="point every target back at the certificate the last deployment replaced",
    )  # fmt: skip
    cmd.add_argument(
        "--register-hook", action="store_true",
        help="make certbot run this deployment after every renewal of the lineage",
    )  # fmt: skip
    cmd.add_argument("--format", choices=("text", "json"), default="text")


def _mode(text: str) -> int:
    """An octal file mode without setuid, setgid or sticky bits (0 to 777)."""
    if not re.fullmatch(r"0?[0-7]{1,3}", text):
        raise UsageError(
            "deploy",
            QT_TRANSLATE_NOOP("Cli", "--mode %1 is not a file mode (octal, 000 to 777)"),
            text,
        )
    return int(text, 8)


def _targets(args: argparse.Namespace) -> DeployTargets:
    mode = _mode(args.mode)
    try:
        reload = parse_reload(args.reload)
    except DeployError as exc:
        raise UsageError.about("deploy", exc) from None
    services = [
        *(["rdp"] if args.rdp else []),
        *([f"sql:{args.sql}" if args.sql else "sql"] if args.sql is not None else []),
        *([f"exchange:{args.exchange}"] if args.exchange else []),
        *(["winrm"] if args.winrm else []),
    ]
    return DeployTargets(
        services=tuple(services),
        key_readers=tuple(args.key_reader),
        key_storage=args.key_storage,
        restart=args.restart,
        store=args.store,
        bindings=tuple(args.binding),
        iis_site=args.iis_site,
        pfx=str(args.pfx) if args.pfx else None,
        folder=str(args.folder) if args.folder else None,
        owner=args.owner,
        mode=mode,
        reload=reload,
        readable_key=args.allow_readable_key,
    )


def run(args: argparse.Namespace, out: TextIO) -> int:
    from_env = targets_from_lineage_env()
    config_dir = args.config_dir or (from_env[0] if from_env else None)
    name = args.cert_name or (from_env[1] if from_env else None)
    if config_dir is None or name is None:
        raise UsageError("deploy", QT_TRANSLATE_NOOP("Cli", "give --config-dir and --cert-name"))
    if args.rollback:
        report = assistant(args).rollback(StepContext(), config_dir, name)
        if args.format == "json":
            write_findings_json(report.findings, out)
        else:
            write_findings(report.findings, out)
        return exit_for_findings(report.findings)
    password = os.environ.get(PFX_PASSWORD_ENV)
    request = InstallRequest(
        config_dir,
        name,
        _targets(args),
        register_hook=args.register_hook,
        hook_command=assistant_command(),
        pfx_password=password.encode() if password else None,
    )
    try:
        outcome = assistant(args).deploy(StepContext(), request)
    except InstallRequestError as exc:
        raise UsageError.about("deploy", exc) from exc
    if outcome.hook is not None:
        message = translate("Cli", "Certbot will run after each renewal: %1")
        out.write(fill(message, [outcome.hook]) + "\n")
    findings = outcome.report.findings
    if args.format == "json":
        write_findings_json(findings, out)
    else:
        write_findings(findings, out)
    return exit_for_findings(findings)
