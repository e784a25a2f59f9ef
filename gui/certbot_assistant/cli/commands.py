"""The CLI commands: diagnose, profiles, issue, apikey, requests, renewal, redact-logs."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from dataclasses import asdict
from pathlib import Path
from typing import TextIO

from PySide6.QtCore import QCoreApplication

from certbot_assistant import APP_NAME, __version__
from certbot_assistant.cli.common import (
    EXIT_FAILED,
    EXIT_OK,
    UsageError,
    write_findings,
    write_findings_json,
)
from certbot_assistant.cli.stop_signals import stop_on_signals
from certbot_assistant.core import findings as F
from certbot_assistant.core.certbot_command import to_cmd
from certbot_assistant.core.certbot_discovery import (
    CertbotInstall,
    DiscoveryEnvironment,
    discover,
    install_for_path,
)
from certbot_assistant.core.certbot_logs import redact_logs
from certbot_assistant.core.certbot_run import (
    CertbotNotStarted,
    RunRefused,
    confirm_same_credential,
)
from certbot_assistant.core.certcentral_checks import (
    RequestSummary,
    describe_request,
    set_request_status,
)
from certbot_assistant.core.certcentral_client import (
    BaseUrlError,
    CertCentralClient,
    CertCentralError,
    CertCentralNotFound,
)
from certbot_assistant.core.diagnose import (
    CertCentralTarget,
    DiagnoseInputError,
    DiagnoseRequest,
    Diagnosis,
    diagnose,
)
from certbot_assistant.core.marker import MarkerError
from certbot_assistant.core.profiles import (
    Profile,
    ProfileError,
    ProfileExists,
    ProfilesFileCorrupt,
    ProfileStore,
)
from certbot_assistant.core.secrets import SecretStore, SecretStoreError
from certbot_assistant.core.services import Services
from certbot_assistant.core.steps.issue import build_issue_request
from certbot_assistant.core.steps.server import ServerCheck
from certbot_assistant.core.translation import fill
from certbot_assistant.core.validation import (
    ValidationError,
    validate_acme_url,
    validate_config_dir,
    validate_domains,
    validate_email,
    validate_hmac_key,
    validate_kid,
    validate_port,
)
from certbot_assistant.i18n import qt_translate


def _services(args: argparse.Namespace) -> Services:
    """The command's outside world, real or demo, built once in ``cli.main``."""
    services: Services = getattr(args, "services", None) or Services.real()
    return services


def run(args: argparse.Namespace) -> int:
    handlers = {
        "diagnose": run_diagnose,
        "profiles": run_profiles,
        "issue": run_issue,
        "redact-logs": run_redact_logs,
        "apikey": run_apikey,
        "requests": run_requests,
        "renewal": run_renewal,
    }
    try:
        return handlers[args.command](args, sys.stdout)
    except ValidationError as exc:
        raise UsageError(f"certbot-assistant {args.command}: {exc.text(qt_translate)}") from None


# diagnose ----------------------------------------------------------------------------------------


def render_text(diagnosis: Diagnosis, out: TextIO) -> None:
    """Context first (dir, accounts, certificates, installs), then each finding with its fix."""
    req = diagnosis.request
    report = diagnosis.config_dir
    lines = [
        f"{APP_NAME} {__version__}",
        "",
        f"{QCoreApplication.translate('Cli', 'Config directory')}: {req.config_dir}",
    ]
    if req.server:
        lines.append(f"{QCoreApplication.translate('Cli', 'ACME directory URL')}: {req.server}")
    if req.eab_kid:
        lines.append(f"{QCoreApplication.translate('Cli', 'KID')}: {req.eab_kid}")
    for account in report.accounts:
        state = (
            QCoreApplication.translate("Cli", "complete")
            if account.complete
            else QCoreApplication.translate("Cli", "incomplete")
        )
        kid = account.eab_kid or QCoreApplication.translate("Cli", "KID not recorded")
        label = QCoreApplication.translate("Cli", "Account")
        lines.append(f"  {label} {account.account_id} ({account.server_folder}; {state}; {kid})")
    for lineage in report.lineages:
        server = lineage.conf.server if lineage.conf and lineage.conf.server else "?"
        cert = lineage.certificate
        unknown = QCoreApplication.translate("Cli", "unknown")
        expiry = cert.not_after.strftime("%Y-%m-%d") if cert else unknown
        label = QCoreApplication.translate("Cli", "Certificate")
        lines.append(f"  {label} {lineage.name}: {expiry}, {server}")
    lines.append("")
    certbot = QCoreApplication.translate("Cli", "Certbot")
    if not diagnosis.installs:
        lines.append(f"{certbot}: {QCoreApplication.translate('Cli', 'not found')}")
    for install in diagnosis.installs:
        version = install.version or QCoreApplication.translate("Cli", "version unknown")
        lines.append(f"{certbot}: {install.path} ({version}, {install.kind.value})")
    lines.append("")
    out.write("\n".join(lines) + "\n")
    write_findings(diagnosis.findings, out)


def _profile(name: str, command: str, services: Services) -> Profile:
    store = services.profiles
    try:
        _load_profiles(store)
        return store.get(name)
    except ProfileError as exc:
        raise UsageError(f"certbot-assistant {command}: {exc.text(qt_translate)}") from None


def _certcentral_client(profile: Profile, services: Services) -> CertCentralClient:
    """A client for the profile's region with the API key from the keyring."""
    try:
        url = services.certcentral_url(profile.region)
    except BaseUrlError as exc:
        raise UsageError(f"certbot-assistant: {exc}") from None
    return CertCentralClient(services.secrets.read_api_key(profile.region), url)


def run_diagnose(args: argparse.Namespace, out: TextIO) -> int:
    services = _services(args)
    profile = _profile(args.profile, "diagnose", services) if args.profile else None
    if args.certcentral and profile is None:
        raise UsageError("certbot-assistant diagnose: --certcentral needs --profile")
    domains = tuple(validate_domains(args.domains)) if args.domains else ()
    target = None
    if args.certcentral and profile is not None:
        try:
            url = services.certcentral_url(profile.region)
            api_key = services.secrets.read_api_key(profile.region)
        except BaseUrlError as exc:
            raise UsageError(f"certbot-assistant diagnose: {exc}") from None
        except SecretStoreError as exc:
            print(exc.text(qt_translate), file=sys.stderr)
            return EXIT_FAILED
        target = CertCentralTarget(url, api_key, profile.acme_credential_name, domains)
    config_dir = args.config_dir or (
        Path(profile.config_dir)
        if profile and profile.config_dir
        else services.default_config_dir()
    )
    server_check = None
    if args.standalone or args.webroot or args.http_01_port:
        port = validate_port(args.http_01_port) if args.http_01_port else 80
        webroot = Path(args.webroot) if args.webroot else None
        server_check = ServerCheck(domains, standalone=webroot is None, port=port, webroot=webroot)
    request = DiagnoseRequest(
        config_dir=config_dir,
        server=args.server or (profile.server if profile else None),
        eab_kid=args.eab_kid or (profile.eab_kid if profile else None),
        certbot=args.certbot,
        certbot_output=args.certbot_output,
        certcentral=target,
        renewal=args.renewal,
        server_check=server_check,
    )
    try:
        result = diagnose(
            request,
            scheduler=services.scheduler_factory() if args.renewal else None,
            default_dir=services.default_config_dir(),
        )
    except DiagnoseInputError as exc:
        raise UsageError(f"certbot-assistant diagnose: {exc}") from exc
    if args.format == "json":
        write_findings_json(result.findings, out)
    else:
        render_text(result, out)
    return EXIT_FAILED if result.has_error else EXIT_OK


# profiles ----------------------------------------------------------------------------------------


def _load_profiles(store: ProfileStore) -> list[Profile]:
    try:
        return store.load()
    except ProfilesFileCorrupt as exc:
        print(exc.text(qt_translate), file=sys.stderr)
        return []


def _read_hmac(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline()
    if not sys.stdin.isatty():
        raise UsageError(
            "certbot-assistant profiles add: no terminal to ask for the HMAC key; "
            "pipe it in with --hmac-stdin"
        )
    return getpass.getpass(QCoreApplication.translate("Cli", "HMAC key (input hidden): "))


def run_profiles(args: argparse.Namespace, out: TextIO) -> int:
    store = _services(args).profiles
    secrets = _services(args).secrets
    try:
        if args.verb == "list":
            profiles = _load_profiles(store)
            if args.format == "json":
                json.dump([asdict(p) for p in profiles], out, indent=2, ensure_ascii=False)
                out.write("\n")
            elif not profiles:
                out.write(
                    QCoreApplication.translate(
                        "Cli", "No profiles yet. Add one with: certbot-assistant profiles add"
                    )
                    + "\n"
                )
            for profile in profiles if args.format == "text" else []:
                out.write(f"{profile.name}\t{profile.server}\t{profile.eab_kid}\n")
            return EXIT_OK
        if args.verb == "show":
            _load_profiles(store)
            profile = store.get(args.name)
            try:
                secrets.read_hmac(profile.eab_kid)
                stored = True
            except SecretStoreError:
                stored = False
            if args.format == "json":
                json.dump({**asdict(profile), "hmac_stored": stored}, out, indent=2)
                out.write("\n")
                return EXIT_OK
            yes, no = (
                QCoreApplication.translate("Cli", "yes"),
                QCoreApplication.translate("Cli", "no"),
            )
            rows = [
                (QCoreApplication.translate("Cli", "Name"), profile.name),
                (QCoreApplication.translate("Cli", "ACME directory URL"), profile.server),
                (QCoreApplication.translate("Cli", "KID"), profile.eab_kid),
                (QCoreApplication.translate("Cli", "CertCentral region"), profile.region),
                (QCoreApplication.translate("Cli", "Config directory"), profile.config_dir or "-"),
                (
                    QCoreApplication.translate("Cli", "ACME credential name"),
                    profile.acme_credential_name or "-",
                ),
                (
                    QCoreApplication.translate("Cli", "HMAC key in the keyring"),
                    yes if stored else no,
                ),
            ]
            out.write("".join(f"{label}: {value}\n" for label, value in rows))
            return EXIT_OK
        if args.verb == "add":
            return _add_profile(args, store, secrets, out)
        if args.verb == "remove":
            _load_profiles(store)
            removed = store.remove(args.name)
            still_used = any(p.eab_kid == removed.eab_kid for p in store.load())
            if not args.keep_secret and not still_used:
                secrets.delete_hmac(removed.eab_kid)
            out.write(QCoreApplication.translate("Cli", "Profile removed.") + "\n")
            return EXIT_OK
    except (ProfileError, SecretStoreError) as exc:
        print(exc.text(qt_translate), file=sys.stderr)
        return EXIT_FAILED
    raise UsageError("certbot-assistant profiles: unknown command")


def _add_profile(
    args: argparse.Namespace, store: ProfileStore, secrets: SecretStore, out: TextIO
) -> int:
    server = validate_acme_url(args.server)
    kid = validate_kid(args.eab_kid)
    config_dir = str(validate_config_dir(args.config_dir)) if args.config_dir else None
    _load_profiles(store)
    hmac_key = validate_hmac_key(_read_hmac(args.hmac_stdin))
    profile = Profile(
        name=args.name.strip(),
        server=server,
        eab_kid=kid,
        region=args.region,
        config_dir=config_dir,
        acme_credential_name=args.credential_name,
    )
    if not args.replace and any(p.name == profile.name for p in store.load()):
        raise ProfileExists(profile.name)
    secrets.store_hmac(kid, hmac_key)
    store.add(profile, replace=args.replace)
    backend = secrets.backend_info().display_name(qt_translate)
    out.write(
        fill(QCoreApplication.translate("Cli", "Profile saved. The HMAC key is in %1."), [backend])
        + "\n"
    )
    return EXIT_OK


# issue -------------------------------------------------------------------------------------------


def _choose_certbot(path: Path | None) -> CertbotInstall | None:
    """The named certbot, else the first found that has no error finding."""
    if path is not None:
        return install_for_path(path)
    installs = discover(DiscoveryEnvironment.from_system())
    usable = [i for i in installs if not F.has_error(list(i.findings))]
    return usable[0] if usable else None


def run_issue(args: argparse.Namespace, out: TextIO) -> int:
    services = _services(args)
    profile = _profile(args.profile, "issue", services)
    domains = validate_domains(args.domains)
    config_dir = validate_config_dir(
        args.config_dir or profile.config_dir or str(services.default_config_dir())
    )
    port = validate_port(args.http_01_port) if args.http_01_port else None
    email = validate_email(args.email) if args.email else None
    install = _choose_certbot(args.certbot)
    if install is None or F.has_error(list(install.findings)):
        findings = list(install.findings) if install else [F.make("certbot-not-found")]
        write_findings(findings, out)
        return EXIT_FAILED
    try:
        hmac_key = services.secrets.read_hmac(profile.eab_kid)
    except SecretStoreError as exc:
        print(exc.text(qt_translate), file=sys.stderr)
        return EXIT_FAILED
    if args.same_credential:
        try:
            confirm_same_credential(config_dir, profile.server, profile.eab_kid)
        except (MarkerError, OSError) as exc:
            print(str(exc), file=sys.stderr)
            return EXIT_FAILED
    request = build_issue_request(
        install.path,
        profile,
        hmac_key,
        domains,
        config_dir,
        email=email,
        webroot=Path(args.webroot) if args.webroot else None,
        http01_port=port,
        timeout_s=args.timeout,
        override_refusal=args.force,
    )
    out.write(
        fill(QCoreApplication.translate("Cli", "Running: %1"), [to_cmd(request.display_argv())])
        + "\n\n"
    )
    out.flush()

    def echo(stream: str, line: str) -> None:
        target = out if stream == "stdout" else sys.stderr
        target.write(line + "\n")
        target.flush()

    run = services.run_factory(request, echo)
    try:
        with stop_on_signals(run.cancel):
            result = run.run()
    except RunRefused as exc:
        out.write(QCoreApplication.translate("Cli", "Certbot was not started:") + "\n")
        write_findings(exc.findings, out)
        return EXIT_FAILED
    except CertbotNotStarted as exc:
        print(exc.text(qt_translate), file=sys.stderr)
        return EXIT_FAILED
    out.write("\n")
    write_findings(result.findings, out)
    return EXIT_OK if result.succeeded else EXIT_FAILED


# apikey and requests ----------------------------------------------------------------------------


def run_apikey(args: argparse.Namespace, out: TextIO) -> int:
    secrets = _services(args).secrets
    try:
        if args.verb == "delete":
            secrets.delete_api_key(args.region)
            out.write(QCoreApplication.translate("Cli", "API key deleted.") + "\n")
            return EXIT_OK
        if args.stdin:
            key = sys.stdin.readline().strip()
        elif sys.stdin.isatty():
            key = getpass.getpass(
                QCoreApplication.translate("Cli", "CertCentral API key (input hidden): ")
            ).strip()
        else:
            raise UsageError("certbot-assistant apikey set: no terminal; use --stdin")
        if not key or any(c.isspace() for c in key):
            raise UsageError("certbot-assistant apikey set: the API key is empty or has spaces")
        secrets.store_api_key(args.region, key)
        backend = secrets.backend_info().display_name(qt_translate)
        message = QCoreApplication.translate("Cli", "API key saved in %1.")
        out.write(fill(message, [backend]) + "\n")
        return EXIT_OK
    except SecretStoreError as exc:
        print(exc.text(qt_translate), file=sys.stderr)
        return EXIT_FAILED


def _describe(summary: RequestSummary) -> str:
    when = summary.date.strftime("%Y-%m-%d %H:%M UTC") if summary.date else "?"
    rows = [
        (QCoreApplication.translate("Cli", "Request"), str(summary.id)),
        (QCoreApplication.translate("Cli", "Names"), ", ".join(summary.names) or "?"),
        (QCoreApplication.translate("Cli", "Product"), summary.product or "?"),
        (QCoreApplication.translate("Cli", "Organization"), summary.organization or "?"),
        (QCoreApplication.translate("Cli", "Requested by"), summary.requester or "?"),
        (QCoreApplication.translate("Cli", "Submitted"), when),
        (QCoreApplication.translate("Cli", "Status"), summary.status),
    ]
    return "".join(f"  {label}: {value}\n" for label, value in rows)


def run_requests(args: argparse.Namespace, out: TextIO) -> int:
    services = _services(args)
    profile = _profile(args.profile, "requests", services)
    try:
        with _certcentral_client(profile, services) as client:
            if args.verb == "list":
                pending = list(
                    client.get_all("/request", "requests", {"filters[status]": "pending"})
                )
                if args.format == "json":
                    json.dump(pending, out, indent=2, ensure_ascii=False)
                    out.write("\n")
                    return EXIT_OK
                if not pending:
                    out.write(QCoreApplication.translate("Cli", "No pending requests.") + "\n")
                for item in pending:
                    out.write(_describe(describe_request(client, int(item["id"]))) + "\n")
                return EXIT_OK
            summary = describe_request(client, args.id)
            status = "approved" if args.verb == "approve" else "rejected"
            question = (
                QCoreApplication.translate("Cli", "Approve this request?")
                if status == "approved"
                else QCoreApplication.translate("Cli", "Reject this request?")
            )
            out.write(_describe(summary))
            if not args.yes:
                if not sys.stdin.isatty():
                    raise UsageError(
                        f"certbot-assistant requests {args.verb}: no terminal to confirm; add --yes"
                    )
                answer = input(f"{question} [y/N] ").strip().lower()
                if answer not in ("y", "yes", "はい"):
                    out.write(QCoreApplication.translate("Cli", "Nothing was changed.") + "\n")
                    return EXIT_OK
            set_request_status(client, args.id, status, args.comment)
            done = (
                QCoreApplication.translate("Cli", "Request %1 approved.")
                if status == "approved"
                else QCoreApplication.translate("Cli", "Request %1 rejected.")
            )
            out.write(fill(done, [args.id]) + "\n")
            return EXIT_OK
    except SecretStoreError as exc:
        print(exc.text(qt_translate), file=sys.stderr)
        return EXIT_FAILED
    except CertCentralNotFound:
        message = QCoreApplication.translate("Cli", "There is no request %1.")
        print(fill(message, [args.id]), file=sys.stderr)
        return EXIT_FAILED
    except CertCentralError as exc:
        write_findings([exc.finding()], out)
        return EXIT_FAILED


# renewal -----------------------------------------------------------------------------------------


def run_renewal(args: argparse.Namespace, out: TextIO) -> int:
    from certbot_assistant.core.config_dir import inspect_config_dir
    from certbot_assistant.core.renewal_schedule import (
        ScheduleError,
        renewal_dirs,
        renewal_findings,
        run_renewal_test,
    )

    services = _services(args)
    config_dir = validate_config_dir(str(args.config_dir))
    report = inspect_config_dir(config_dir, scan_platform_logs=False)
    scheduler = services.scheduler_factory()
    try:
        if args.verb == "status":
            tasks = scheduler.tasks()
            default_dir = services.default_config_dir()
            findings = renewal_findings(config_dir, bool(report.lineages), tasks, default_dir)
            covering = [t for t in tasks if t.covers(config_dir, default_dir)]
            if args.format == "json":
                write_findings_json(findings, out)
                return EXIT_FAILED if F.has_error(findings) else EXIT_OK
            for task in covering:
                line = (
                    QCoreApplication.translate("Cli", "%1: %2")
                    if task.enabled
                    else QCoreApplication.translate("Cli", "%1: %2 (disabled)")
                )
                out.write(fill(line, [task.name, f"{task.certbot} {task.arguments}"]) + "\n")
            if not covering:
                out.write(QCoreApplication.translate("Cli", "No scheduled task renews it.") + "\n")
            write_findings(findings, out)
            return EXIT_FAILED if F.has_error(findings) else EXIT_OK
        if args.verb == "unschedule":
            removed = scheduler.unschedule(config_dir)
            text = (
                QCoreApplication.translate("Cli", "The renewal task was removed.")
                if removed
                else QCoreApplication.translate("Cli", "There was no renewal task to remove.")
            )
            out.write(text + "\n")
            return EXIT_OK
        install = _choose_certbot(args.certbot)
        if install is None:
            write_findings([F.make("certbot-not-found")], out)
            return EXIT_FAILED
        dirs = renewal_dirs(report)
        if args.verb == "schedule":
            name = scheduler.schedule(str(install.path), config_dir, dirs.work_dir, dirs.logs_dir)
            message = QCoreApplication.translate("Cli", "Scheduled: %1 renews %2 twice a day.")
            out.write(fill(message, [name, config_dir]) + "\n")
            return EXIT_OK
        dry_run, code, output = run_renewal_test(
            str(install.path), report, allow_dry_run=not services.is_demo
        )
        if not dry_run:
            out.write(
                QCoreApplication.translate(
                    "Cli",
                    "A dry run against DigiCert places a real order, so the assistant does not "
                    "run one. These are the certificates Certbot would renew:",
                )
                + "\n"
            )
        out.write(output + "\n")
        return EXIT_OK if code == 0 else EXIT_FAILED
    except ScheduleError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_FAILED


# redact-logs -------------------------------------------------------------------------------------


def run_redact_logs(args: argparse.Namespace, out: TextIO) -> int:
    folder: Path = args.dir
    if not folder.is_dir():
        raise UsageError(f"certbot-assistant redact-logs: {folder} is not a folder")
    services = _services(args)
    if not services.may_change(folder):
        raise UsageError(
            "certbot-assistant redact-logs: demo mode changes only its sample folder "
            f"{services.sandbox}"
        )
    try:
        replaced, files = redact_logs(folder)
    except OSError as exc:
        print(f"{exc.filename or folder}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_FAILED
    message = QCoreApplication.translate(
        "Cli", "Replaced %n HMAC key value(s). Log files changed: %1.", "", replaced
    )
    out.write(fill(message, [files]) + "\n")
    return EXIT_OK
