"""``certbot-assistant notify``: the renewal task's e-mail, for shops without monitoring.

Machine-wide SMTP settings (no password: an internal relay); the task mails when a renewal or
a check after it finds an error. ``notify test`` sends one mail now.
"""

from __future__ import annotations

import argparse
from typing import TextIO

from certbot_assistant.cli.common import (
    EXIT_FAILED,
    EXIT_OK,
    Commands,
    UsageError,
    policy_refusal,
    services,
    write_policy,
)
from certbot_assistant.core.policy import Setting
from certbot_assistant.core.renewal.notify_mail import (
    MailError,
    MailSettings,
    load_settings,
    save_settings,
    send_mail,
    with_policy,
)
from certbot_assistant.core.translation import QT_TRANSLATE_NOOP, fill
from certbot_assistant.core.validation import validate_email
from certbot_assistant.translate import translate


def register(commands: Commands) -> None:
    notify = commands.add_parser(
        "notify",
        help="e-mail from the renewal task when something is wrong (SMTP relay settings)",
    )
    verbs = notify.add_subparsers(dest="verb", parser_class=type(notify), required=True)
    put = verbs.add_parser("set", help="mail errors to these addresses through this relay")
    put.set_defaults(handler=run_set)
    put.add_argument("--smtp-host", help="default: the relay your organization set")
    put.add_argument("--smtp-port", type=_port, help="default: your organization's, else 25")
    put.add_argument(
        "--to",
        action="append",
        metavar="ADDRESS",
        help="repeatable; default: the recipients your organization set",
    )
    put.add_argument("--from", dest="sender", metavar="ADDRESS")
    put.add_argument("--starttls", action="store_true")
    put.add_argument(
        "--no-verify-tls",
        dest="verify_tls",
        action="store_false",
        help="with --starttls: accept any certificate from the relay (not recommended)",
    )
    for verb, handler, text in (
        ("show", run_show, "the settings"),
        ("test", run_test, "send a test mail now"),
        ("clear", run_clear, "mail nothing"),
    ):
        verbs.add_parser(verb, help=text).set_defaults(handler=handler)


def _port(text: str) -> int:
    try:
        port = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port number") from None
    if not 1 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"{port} is not between 1 and 65535")
    return port


def run_set(args: argparse.Namespace, out: TextIO) -> int:
    world = services(args)
    path, policy = world.mail_settings_path(), world.policy()
    host = args.smtp_host or policy.smtp_host
    port = args.smtp_port or (policy.smtp_port if not args.smtp_host else None) or 25
    recipients = args.to or list(policy.recipients)
    if not host or not recipients:
        raise UsageError(
            "notify set",
            QT_TRANSLATE_NOOP(
                "Cli", "--smtp-host and --to are needed (your organization set none)"
            ),
        )
    policy_refusal(
        "notify set",
        policy,
        Setting.SMTP_RELAY,
        f"{host}:{port}" if policy.smtp_port else host,
    )
    policy_refusal("notify set", policy, Setting.NOTIFY_TO, ",".join(recipients))
    try:
        settings = MailSettings(
            smtp_host=host,
            recipients=tuple(validate_email(a) for a in recipients),
            smtp_port=port,
            starttls=args.starttls,
            verify_tls=args.verify_tls,
            **({"sender": validate_email(args.sender)} if args.sender else {}),
        )
    except MailError as exc:
        raise UsageError.about("notify set", exc) from exc
    try:
        save_settings(path, settings)
    except OSError as exc:
        raise UsageError(
            "notify", QT_TRANSLATE_NOOP("Cli", "%1: %2"), path, exc.strerror or exc
        ) from exc
    out.write(fill(translate("Cli", "Saved: %1"), [path]) + "\n")
    return EXIT_OK


def _loaded(args: argparse.Namespace) -> MailSettings | None:
    """What the renewal task would use: the saved settings with the organization's."""
    world = services(args)
    try:
        return with_policy(load_settings(world.mail_settings_path()), world.policy())
    except MailError as exc:
        raise UsageError.about("notify", exc) from exc


def run_show(args: argparse.Namespace, out: TextIO) -> int:
    write_policy(services(args).policy(), out)
    settings = _loaded(args)
    if settings is None:
        out.write(translate("Cli", "No e-mail is set up.") + "\n")
        return EXIT_OK
    tls = ""
    if settings.starttls:
        tls = " STARTTLS" if settings.verify_tls else " STARTTLS (certificate not checked)"
    out.write(
        f"{settings.smtp_host}:{settings.smtp_port}{tls} {settings.sender} -> "
        f"{', '.join(settings.recipients)}\n"
    )
    return EXIT_OK


def run_test(args: argparse.Namespace, out: TextIO) -> int:
    settings = _loaded(args)
    if settings is None:
        raise UsageError("notify test", QT_TRANSLATE_NOOP("Cli", "nothing set up (notify set)"))
    try:
        send_mail(
            settings,
            "Certbot Assistant: test mail",
            "The renewal task will mail here when a renewal or a check after it fails.",
        )
    except MailError as exc:
        out.write(fill(translate("Cli", "Not sent: %1"), [str(exc)]) + "\n")
        return EXIT_FAILED
    out.write(translate("Cli", "Sent.") + "\n")
    return EXIT_OK


def run_clear(args: argparse.Namespace, out: TextIO) -> int:
    services(args).mail_settings_path().unlink(missing_ok=True)
    out.write(translate("Cli", "No e-mail is set up.") + "\n")
    return EXIT_OK
