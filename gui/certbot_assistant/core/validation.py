"""Checking what a user types or pastes, with messages that say what is wrong and how to fix it.

One place for every input the assistant passes on to certbot or stores: a value that passes here
is normalised (trimmed, lower-cased, punycode) and safe to put in an argv list. Messages are
marked for translation in the ``Validation`` context and carry ``%1`` arguments.
"""

from __future__ import annotations

import base64
import binascii
import ipaddress
import os
import re
from collections.abc import Iterable, Mapping
from pathlib import Path, PurePath, PureWindowsPath
from urllib.parse import urlsplit

import idna

from certbot_assistant.core.certbot.server_path import is_legacy_digicert
from certbot_assistant.core.errors import TranslatableError
from certbot_assistant.core.translation import QT_TRANSLATE_NOOP

CONTEXT = "Validation"


class ValidationError(TranslatableError, ValueError):
    """What is wrong with one input; ``text()`` gives the translated message."""

    context = CONTEXT

    def __init__(self, template: str, *args: object) -> None:
        super().__init__(*args, template=template)


class OrganizationRequires(ValidationError):
    """A value (a saved credential's ACME URL) other than the one the organization locked."""

    def __init__(self, required: object) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Validation", "Your organization requires the ACME directory URL %1."
            ),
            required,
        )


# ACME directory URL ------------------------------------------------------------------------------


def validate_acme_url(text: str) -> str:
    """An https directory URL; DigiCert's ``?action=…&orderId=…`` query is kept as given."""
    url = text.strip()
    if not url:
        raise ValidationError(QT_TRANSLATE_NOOP("Validation", "Enter the ACME directory URL."))
    if any(c.isspace() for c in url):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Validation",
                "The URL contains spaces or line breaks. Copy it again from CertCentral.",
            )
        )
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Validation", "This is not a valid URL: %1"), url
        ) from None
    if parts.scheme.lower() != "https":
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Validation", "The ACME directory URL must start with https:// (it is %1)."
            ),
            parts.scheme or "-",
        )
    if not parts.hostname:
        raise ValidationError(QT_TRANSLATE_NOOP("Validation", "The URL has no host name: %1"), url)
    if parts.username is not None or parts.password is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Validation",
                "Remove the user name and password from the URL; ACME uses the KID and HMAC key "
                "instead.",
            )
        )
    del port
    if is_legacy_digicert(url):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Validation",
                "acme.digicert.com is DigiCert's retired ACME service. Create a new ACME "
                "directory URL in CertCentral.",
            )
        )
    return url


# EAB KID and HMAC key ----------------------------------------------------------------------------

_QUOTES = "\"'`“”‘’"


def validate_kid(text: str) -> str:
    kid = text.strip()
    if not kid:
        raise ValidationError(QT_TRANSLATE_NOOP("Validation", "Enter the KID."))
    if any(c in _QUOTES for c in kid):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Validation", "Remove the quotation marks around the KID.")
        )
    if any(c.isspace() for c in kid):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Validation", "The KID contains spaces. Copy only the KID from CertCentral."
            )
        )
    if not kid.isprintable() or not kid.isascii():
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Validation", "The KID contains characters that cannot be part of a KID."
            )
        )
    return kid


_B64 = re.compile(r"^[A-Za-z0-9_\-+/]+={0,2}$")


def validate_hmac_key(text: str) -> str:
    """A base64url (or base64) key, padded or not, that decodes to at least 16 bytes."""
    key = text.strip()
    if not key:
        raise ValidationError(QT_TRANSLATE_NOOP("Validation", "Enter the HMAC key."))
    if any(c in _QUOTES for c in key):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Validation", "Remove the quotation marks: paste only the HMAC key itself."
            )
        )
    if any(c.isspace() for c in key):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Validation",
                "The HMAC key contains spaces or line breaks. Copy it again in one piece.",
            )
        )
    if not _B64.match(key) or len(key.rstrip("=")) % 4 == 1:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Validation",
                "This is not an HMAC key: it must consist of letters, digits, - and _ only.",
            )
        )
    unpadded = key.rstrip("=")
    try:
        raw = base64.urlsafe_b64decode(
            unpadded.replace("+", "-").replace("/", "_") + "=" * (-len(unpadded) % 4)
        )
    except (binascii.Error, ValueError):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Validation", "The HMAC key cannot be decoded. Copy it again.")
        ) from None
    if len(raw) < 16:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Validation", "The HMAC key is too short (%1 bytes). Copy the whole key."
            ),
            len(raw),
        )
    return key


# Domain names ------------------------------------------------------------------------------------

_LABEL = re.compile(r"^(?!-)[a-z0-9-]{1,63}(?<!-)$")


def validate_domain(text: str) -> str:
    """One name as certbot needs it: lower case, punycode, ``*.`` only as the leftmost label."""
    name = text.strip().rstrip(".")
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("Validation", "Enter a domain name."))
    if "://" in name or "/" in name:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Validation", "Enter only the domain name, without https:// or a path: %1"
            ),
            name,
        )
    wildcard = name.startswith("*.")
    rest = name[2:] if wildcard else name
    if "*" in rest:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Validation",
                "A * is allowed only as the whole first label, as in *.example.com: %1",
            ),
            name,
        )
    try:
        ipaddress.ip_address(rest)
    except ValueError:
        pass
    else:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Validation", "Enter a domain name, not an IP address: %1"), name
        )
    try:
        ascii_name = idna.encode(rest, uts46=True).decode("ascii").lower()
    except (idna.IDNAError, UnicodeError, ValueError):
        ascii_name = rest.lower()
        if not ascii_name.isascii():
            raise ValidationError(
                QT_TRANSLATE_NOOP("Validation", "This is not a valid domain name: %1"), name
            ) from None
    labels = ascii_name.split(".")
    if len(labels) < 2 or not all(_LABEL.match(label) for label in labels):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Validation", "This is not a valid domain name: %1"), name
        )
    if len(ascii_name) > 253:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Validation", "The domain name is longer than 253 characters: %1"),
            name,
        )
    return ("*." if wildcard else "") + ascii_name


def validate_domains(texts: Iterable[str] | str) -> list[str]:
    """Several names (a list, or text separated by spaces, commas or lines), duplicates removed."""
    raw = re.split(r"[\s,;、，]+", texts) if isinstance(texts, str) else list(texts)
    names: list[str] = []
    for item in raw:
        if item.strip():
            name = validate_domain(item)
            if name not in names:
                names.append(name)
    if not names:
        raise ValidationError(QT_TRANSLATE_NOOP("Validation", "Enter at least one domain name."))
    return names


# Config directory --------------------------------------------------------------------------------

_POSIX_SYSTEM_TREES = ("/proc", "/sys", "/dev", "/usr", "/bin", "/sbin", "/lib", "/lib64", "/boot")
_POSIX_SYSTEM_EXACT = ("/", "/etc", "/var", "/home", "/root", "/tmp", "/opt", "/srv", "/mnt")


def _windows_system_folders(
    env: Mapping[str, str],
) -> tuple[list[PureWindowsPath], list[PureWindowsPath]]:
    drive = env.get("SYSTEMDRIVE", "C:")
    trees = [
        PureWindowsPath(env.get("SYSTEMROOT", drive + "\\Windows")),
        PureWindowsPath(env.get("PROGRAMFILES", drive + "\\Program Files")),
        PureWindowsPath(env.get("PROGRAMFILES(X86)", drive + "\\Program Files (x86)")),
    ]
    exact = [
        PureWindowsPath(drive + "\\"),
        PureWindowsPath(env.get("PROGRAMDATA", drive + "\\ProgramData")),
        PureWindowsPath(drive + "\\Users"),
    ]
    return trees, exact


def validate_config_dir(
    text: str, *, windows: bool | None = None, env: Mapping[str, str] | None = None
) -> Path:
    """An absolute folder that is not a system folder (certbot writes keys into it)."""
    value = text.strip().strip('"')
    if not value:
        raise ValidationError(QT_TRANSLATE_NOOP("Validation", "Enter a folder."))
    is_windows = os.name == "nt" if windows is None else windows
    path: PurePath = PureWindowsPath(value) if is_windows else Path(value)
    if not path.is_absolute():
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Validation",
                "Enter a full path, for example %1.",
            ),
            "C:\\Certbot-prod" if is_windows else "/etc/letsencrypt-prod",
        )
    refused = QT_TRANSLATE_NOOP(
        "Validation", "%1 is a system folder. Choose a folder of its own, for example %2."
    )
    if is_windows:
        upper = {k.upper(): v for k, v in (env if env is not None else os.environ).items()}
        trees, exact = _windows_system_folders(upper)
        folded = PureWindowsPath(str(path).casefold())
        for tree in trees:
            tree_folded = PureWindowsPath(str(tree).casefold())
            if folded == tree_folded or tree_folded in folded.parents:
                raise ValidationError(refused, path, "C:\\Certbot-prod")
        if any(folded == PureWindowsPath(str(e).casefold()) for e in exact):
            raise ValidationError(refused, path, "C:\\Certbot-prod")
        return Path(str(path))
    posix = Path(os.path.normpath(str(path)))
    if str(posix) in _POSIX_SYSTEM_EXACT or any(
        posix == Path(t) or Path(t) in posix.parents for t in _POSIX_SYSTEM_TREES
    ):
        raise ValidationError(refused, posix, "/etc/letsencrypt-prod")
    return posix


# Port numbers ------------------------------------------------------------------------------------


def validate_port(text: str | int) -> int:
    try:
        port = int(str(text).strip())
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Validation", "Enter a port number from 1 to 65535.")
        ) from None
    if not 1 <= port <= 65535:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Validation", "Enter a port number from 1 to 65535.")
        )
    return port


def validate_email(text: str) -> str:
    email = text.strip()
    if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", email):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Validation", "This is not an e-mail address: %1"), email
        )
    return email
