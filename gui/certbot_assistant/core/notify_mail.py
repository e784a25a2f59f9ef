"""E-mail for shops without monitoring: the renewal task mails its errors through an SMTP relay.

The settings are machine-wide (the task runs as SYSTEM, not as the admin who set them up) and
hold no secret: an internal relay that accepts mail from the server, optionally with STARTTLS.
A relay that needs a password is not supported; the event log and the journal are the main
channel, this is the fallback.
"""

from __future__ import annotations

import json
import logging
import os
import smtplib
import socket
import sys
from dataclasses import asdict, dataclass, field
from email.message import EmailMessage
from pathlib import Path

from certbot_assistant.core.atomic_write import write_text_atomic
from certbot_assistant.core.errors import AssistantError

log = logging.getLogger(__name__)

TIMEOUT_S = 30.0


class MailError(AssistantError):
    """The settings cannot be read, or the relay refused or could not be reached."""


@dataclass(frozen=True)
class MailSettings:
    smtp_host: str
    recipients: tuple[str, ...]
    sender: str = field(default_factory=lambda: f"certbot-assistant@{socket.getfqdn()}")
    smtp_port: int = 25
    starttls: bool = False


def settings_path() -> Path:
    """Machine-wide: ProgramData on Windows, /etc elsewhere."""
    if sys.platform == "win32":
        base = Path(os.environ.get("PROGRAMDATA", r"C:\ProgramData"))
        return base / "Certbot Assistant" / "notify.json"
    return Path("/etc/certbot-assistant/notify.json")


def load_settings(path: Path) -> MailSettings | None:
    """None when no mail is set up; MailError when the file is there but unusable."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        raise MailError(f"{path}: {exc}") from exc
    try:
        return MailSettings(
            smtp_host=str(data["smtp_host"]),
            recipients=tuple(str(r) for r in data["recipients"]),
            sender=str(data.get("sender") or MailSettings("x", ()).sender),
            smtp_port=int(data.get("smtp_port", 25)),
            starttls=bool(data.get("starttls", False)),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise MailError(f"{path}: {exc}") from exc


def save_settings(path: Path, settings: MailSettings) -> None:
    data = asdict(settings)
    data["recipients"] = list(settings.recipients)
    path.parent.mkdir(parents=True, exist_ok=True)
    write_text_atomic(path, json.dumps(data, indent=2) + "\n")


def send_mail(settings: MailSettings, subject: str, body: str) -> None:
    message = EmailMessage()
    message["From"] = settings.sender
    message["To"] = ", ".join(settings.recipients)
    message["Subject"] = subject
    message.set_content(body)
    try:
        with smtplib.SMTP(settings.smtp_host, settings.smtp_port, timeout=TIMEOUT_S) as smtp:
            if settings.starttls:
                smtp.starttls()
            smtp.send_message(message)
    except (OSError, smtplib.SMTPException) as exc:
        raise MailError(f"{settings.smtp_host}:{settings.smtp_port}: {exc}") from exc
