"""``certbot-assistant deploy``: put a renewed certificate where the server uses it, and check
that it is served (the Done page's "Install" step, for remote sessions and certbot's hook).

Run by certbot after a renewal (``renew_hook``), it finds the lineage in ``RENEWED_LINEAGE`` and
repeats the targets remembered the first time.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TextIO

from PySide6.QtCore import QCoreApplication

from certbot_assistant.cli.common import (
    Commands,
    UsageError,
    exit_for_findings,
    services,
    write_findings,
    write_findings_json,
)
from certbot_assistant.core.deploy import (
    DeployTargets,
    deploy,
    parse_reload,
    remember_targets,
    remembered_targets,
    render_hook,
    targets_from_lineage_env,
    with_defaults,
)
from certbot_assistant.core.renewal_conf import set_renew_hook
from certbot_assistant.core.translation import fill

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
    cmd.add_argument("--mode", default="640", help="octal mode of the copied files (640)")
    cmd.add_argument("--reload", help="command that makes the service read the new files")
    cmd.add_argument(
        "--register-hook", action="store_true",
        help="make certbot run this deployment after every renewal of the lineage",
    )  # fmt: skip
    cmd.add_argument("--format", choices=("text", "json"), default="text")


def _targets(args: argparse.Namespace, windows: bool) -> DeployTargets:
    try:
        mode = int(args.mode, 8)
    except ValueError:
        raise UsageError(f"certbot-assistant deploy: --mode {args.mode} is not octal") from None
    bindings = tuple(args.binding)
    if args.iis_site:
        from certbot_assistant.core.windows_bindings import iis_site_bindings

        bindings += tuple(iis_site_bindings(args.iis_site))
    return with_defaults(
        DeployTargets(
            store=args.store,
            bindings=bindings,
            pfx=str(args.pfx) if args.pfx else None,
            folder=str(args.folder) if args.folder else None,
            owner=args.owner,
            mode=mode,
            reload=parse_reload(args.reload),
        ),
        windows,
    )


def run(args: argparse.Namespace, out: TextIO) -> int:
    world = services(args)
    windows = world.windows
    from_env = targets_from_lineage_env()
    config_dir = args.config_dir or (from_env[0] if from_env else None)
    name = args.cert_name or (from_env[1] if from_env else None)
    if config_dir is None or name is None:
        raise UsageError("certbot-assistant deploy: give --config-dir and --cert-name")
    if not world.may_change(config_dir):
        raise UsageError(
            f"certbot-assistant deploy: demo mode changes only its sample folder {world.sandbox}"
        )
    targets = _targets(args, windows)
    if targets.empty:
        remembered = remembered_targets(config_dir, name)
        if remembered is None:
            raise UsageError(
                f"certbot-assistant deploy: no targets given and none remembered for {name}"
            )
        targets = remembered
    else:
        remember_targets(config_dir, name, targets)
    if args.register_hook:
        hook = render_hook(
            [*_own_command(), "deploy", "--config-dir", str(config_dir), "--cert-name", name],
            windows,
        )
        set_renew_hook(config_dir / "renewal" / f"{name}.conf", hook)
        message = QCoreApplication.translate("Cli", "Certbot will run after each renewal: %1")
        out.write(fill(message, [hook]) + "\n")
    password = os.environ.get(PFX_PASSWORD_ENV)
    report = deploy(
        config_dir,
        name,
        targets,
        store=world.certificate_store(),
        bindings=world.binding_manager(),
        pfx_password=password.encode() if password else None,
        windows=windows,
    )
    if args.format == "json":
        write_findings_json(report.findings, out)
    else:
        write_findings(report.findings, out)
    return exit_for_findings(report.findings)


def _own_command() -> list[str]:
    """How certbot calls the assistant back: the frozen CLI exe, or this Python with -m."""
    if getattr(sys, "frozen", False):
        exe = Path(sys.executable)
        twin = exe.with_name("certbot-assistant-cli" + exe.suffix)
        return [str(twin if twin.exists() else exe)]
    return [sys.executable, "-m", "certbot_assistant"]
