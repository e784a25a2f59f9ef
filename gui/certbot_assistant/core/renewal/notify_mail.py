"""E-mail for shops without monitoring: the renewal task mails its errors through an SMTP relay.

The settings are machine-wide (the task runs as SYSTEM, not as the admin who set them up) and
hold no secret: an internal relay that accepts mail from the server, optionally with STARTTLS.
A relay that needs a password is not supported; the event log and the journal are the main
channel, this is the fallback.

The renewal task reads the settings unattended, so a damaged file must never stop it: whatever
sits at the path (a FIFO, a huge file, JSON nested past Python's limits, a port of ``1e999``,
recipients given as one string) is a ``MailError`` naming the file and the cause, which the
task turns into a finding while certbot still runs. STARTTLS checks the relay's certificate
against the system's trust store and the relay's name unless the admin chose otherwise.
"""

from __future__ import annotations

import json
import logging
import os
import smtplib
import socket
import ssl
import sys
from dataclasses import asdict, dataclass, field, replace
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from certbot_assistant.core.errors import TranslatableError
from certbot_assistant.core.policy import Policy, Setting
from certbot_assistant.core.system.atomic_write import write_text_atomic
from certbot_assistant.core.system.regular_file import NotReadable, read_regular_file, reason
from certbot_assistant.core.text_output import without_controls
from certbot_assistant.core.translation import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

TIMEOUT_S = 30.0
MAX_SETTINGS_BYTES = 64 * 1024
MAX_RECIPIENTS = 50


class MailError(TranslatableError):
    """The settings cannot be read, or the relay refused or could not be reached."""

    context = "Mail"
    template = QT_TRANSLATE_NOOP("Mail", "%1: %2")


@dataclass(frozen=True)
class MailSettings:
    smtp_host: str
    recipients: tuple[str, ...]
    sender: str = field(default_factory=lambda: default_sender())
    smtp_port: int = 25
    starttls: bool = False
    verify_tls: bool = True
    """With STARTTLS: check the relay's certificate and name (off only when the admin says)."""

    def __post_init__(self) -> None:
        problem = settings_problem(self)
        if problem:
            raise problem


def with_policy(settings: MailSettings | None, policy: Policy) -> MailSettings | None:
    """The settings the renewal task uses: the saved ones, the organization's relay and
    recipients where it locked them; the organization's alone when nothing is saved."""
    host, recipients = policy.smtp_host, policy.recipients
    port = policy.smtp_port or 25
    if settings is None:
        if host and recipients:
            return MailSettings(smtp_host=host, recipients=recipients, smtp_port=port)
        return None
    changes: dict[str, object] = {}
    if host and policy.is_locked(Setting.SMTP_RELAY):
        changes.update(smtp_host=host, smtp_port=port)
    if recipients and policy.is_locked(Setting.NOTIFY_TO):
        changes["recipients"] = recipients
    return replace(settings, **changes) if changes else settings  # type: ignore[arg-type]


def default_sender() -> str:
    return f"certbot-assistant@{socket.getfqdn()}"


def settings_problem(settings: MailSettings) -> MailError | None:
    """What makes these settings unusable, or None."""
    if not settings.smtp_host or any(c.isspace() or ord(c) < 32 for c in settings.smtp_host):
        return MailError(
            settings.smtp_host,
            template=QT_TRANSLATE_NOOP("Mail", 'The relay name "%1" is not a host name.'),
        )
    if not 1 <= settings.smtp_port <= 65535:
        return MailError(
            settings.smtp_port,
            template=QT_TRANSLATE_NOOP("Mail", "The port %1 is not between 1 and 65535."),
        )
    if not settings.recipients or len(settings.recipients) > MAX_RECIPIENTS:
        return MailError(
            MAX_RECIPIENTS, template=QT_TRANSLATE_NOOP("Mail", "Give 1 to %1 recipients.")
        )
    for address in (*settings.recipients, settings.sender):
        if "@" not in address or any(ord(c) < 32 or c.isspace() for c in address):
            return MailError(
                address, template=QT_TRANSLATE_NOOP("Mail", '"%1" is not an e-mail address.')
            )
    return None


def settings_path() -> Path:
    """Machine-wide: ProgramData on Windows, /etc elsewhere."""
    if sys.platform == "win32":
        base = Path(os.environ.get("PROGRAMDATA", r"C:\ProgramData"))
        return base / "Certbot Assistant" / "notify.json"
    return Path("/etc/certbot-assistant/notify.json")


def _typed(data: dict[str, Any], key: str, kind: type, default: Any) -> Any:
    value = data.get(key, default)
    # bool is an int to Python, and an int is no port when it came as 25.0 or 1e999.
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise MailError(key, template=_MUST_BE[kind])
    return value


_MUST_BE = {
    str: QT_TRANSLATE_NOOP("Mail", "%1 must be text."),
    int: QT_TRANSLATE_NOOP("Mail", "%1 must be a whole number."),
    bool: QT_TRANSLATE_NOOP("Mail", "%1 must be true or false."),
    list: QT_TRANSLATE_NOOP("Mail", "%1 must be a list."),
}


def load_settings(path: Path) -> MailSettings | None:
    """None when no mail is set up; MailError naming the file when it is there but unusable."""
    try:
        raw = read_regular_file(path, MAX_SETTINGS_BYTES)
    except NotReadable as exc:
        if exc.errno == 2:  # ENOENT: nothing set up
            return None
        raise MailError(path, reason(exc)) from exc
    try:
        data = json.loads(raw.decode("utf-8"))
    except (ValueError, RecursionError) as exc:
        template = (
            QT_TRANSLATE_NOOP("Mail", "%1: nested too deeply")
            if isinstance(exc, RecursionError)
            else QT_TRANSLATE_NOOP("Mail", "%1: not valid JSON")
        )
        raise MailError(path, template=template) from None
    if not isinstance(data, dict):
        raise MailError(path, template=QT_TRANSLATE_NOOP("Mail", "%1: not a JSON object"))
    try:
        recipients = _typed(data, "recipients", list, None)
        if not all(isinstance(r, str) for r in recipients):
            raise MailError(
                template=QT_TRANSLATE_NOOP("Mail", "recipients must be a list of e-mail addresses.")
            )
        sender = _typed(data, "sender", str, "") or default_sender()
        return MailSettings(
            smtp_host=_typed(data, "smtp_host", str, None),
            recipients=tuple(recipients),
            sender=sender,
            smtp_port=_typed(data, "smtp_port", int, 25),
            starttls=_typed(data, "starttls", bool, False),
            verify_tls=_typed(data, "verify_tls", bool, True),
        )
    except MailError as exc:
        raise MailError(path, exc) from None


def save_settings(path: Path, settings: MailSettings) -> None:
    data = asdict(settings)
    data["recipients"] = list(settings.recipients)
    path.parent.mkdir(parents=True, exist_ok=True)
    write_text_atomic(path, json.dumps(data, indent=2) + "\n")


def tls_context(settings: MailSettings) -> ssl.SSLContext:
    """The system's trust store (Windows' own through truststore), the relay's name checked;
    no checks only when the admin turned them off."""
    if not settings.verify_tls:
        return ssl._create_unverified_context()
    try:
        import truststore

        return truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    except ImportError:  # pragma: no cover - truststore ships with the app
        return ssl.create_default_context()


def send_mail(settings: MailSettings, subject: str, body: str) -> None:
    message = EmailMessage()
    message["From"] = settings.sender
    message["To"] = ", ".join(settings.recipients)
    # A header holds one line: a folder name with a newline must not end it (or add headers).
    message["Subject"] = " ".join(without_controls(subject).split())
    message.set_content(body)
    try:
        with smtplib.SMTP(settings.smtp_host, settings.smtp_port, timeout=TIMEOUT_S) as smtp:
            if settings.starttls:
                smtp.starttls(context=tls_context(settings))
            smtp.send_message(message)
    except ssl.SSLCertVerificationError as exc:
        raise MailError(
            f"{settings.smtp_host}:{settings.smtp_port}",
            exc.verify_message or exc,
            template=QT_TRANSLATE_NOOP(
                "Mail", "%1: the relay's certificate was not accepted (%2); nothing was sent"
            ),
        ) from exc
    except (OSError, smtplib.SMTPException, ValueError) as exc:
        raise MailError(f"{settings.smtp_host}:{settings.smtp_port}", exc) from exc
