"""The organization's preset settings: machine policy written at install or by Group Policy.

An IT department installs the MSI with public properties (``ACME_DIRECTORY_URL=…``) or pushes
the same values with Group Policy Preferences; either way they land in
``HKLM\\Software\\Policies\\Certbot Assistant``, the key only administrators can write. On Linux
the same settings are read from ``/etc/certbot-assistant/policy.json`` (root's).

A value is the default the app and the CLI offer, shown as set by the organization; the
``Locked`` value (names separated by spaces, commas or semicolons, or a multi-string) marks the
ones a user may not change. No secret is ever a policy: keys stay in the keyring.

A policy is read, never trusted: a value that would not pass the same check as the user's input
is left out and named in ``problems``, so a typo in a GPO cannot break every renewal.
"""

from __future__ import annotations

import errno
import json
import logging
import os
import re
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path, PureWindowsPath

from certbot_assistant.core.system.regular_file import NotReadable, read_regular_file
from certbot_assistant.core.translation import QT_TRANSLATE_NOOP
from certbot_assistant.translate import SUPPORTED

log = logging.getLogger(__name__)

POLICY_KEY = r"Software\Policies\Certbot Assistant"
LINUX_POLICY_FILE = Path("/etc/certbot-assistant/policy.json")
MAX_POLICY_BYTES = 64 * 1024
LOCKED = "Locked"


class Setting(StrEnum):
    """A preset setting, by the name it has in the registry; ``msi_property`` is the MSI's."""

    ACME_DIRECTORY_URL = "AcmeDirectoryUrl"
    CERTCENTRAL_REGION = "CertCentralRegion"
    CONFIG_ROOT = "ConfigRoot"
    LANGUAGE = "Language"
    SMTP_RELAY = "SmtpRelay"
    NOTIFY_TO = "NotifyTo"

    @property
    def msi_property(self) -> str:
        return self.name


LABELS: Mapping[Setting, str] = {
    Setting.ACME_DIRECTORY_URL: QT_TRANSLATE_NOOP("Policy", "ACME directory URL"),
    Setting.CERTCENTRAL_REGION: QT_TRANSLATE_NOOP("Policy", "CertCentral region"),
    Setting.CONFIG_ROOT: QT_TRANSLATE_NOOP("Policy", "Folder for new config directories"),
    Setting.LANGUAGE: QT_TRANSLATE_NOOP("Policy", "Language"),
    Setting.SMTP_RELAY: QT_TRANSLATE_NOOP("Policy", "SMTP relay"),
    Setting.NOTIFY_TO: QT_TRANSLATE_NOOP("Policy", "E-mail recipients"),
}
"""How each setting is named to a user (translated in the ``Policy`` context)."""


def _by_any_name(name: str) -> Setting | None:
    wanted = name.strip().replace("_", "").lower()
    return next((s for s in Setting if s.value.lower() == wanted), None)


def _relay(text: str) -> tuple[str, int | None]:
    """``host`` or ``host:port`` (an IPv6 address has more than one colon: no port)."""
    host, colon, port = text.rpartition(":")
    if colon and text.count(":") == 1:
        return host, int(port) if port.isdigit() else -1
    return text, None


def _checked(setting: Setting, raw: str) -> str:
    """The value as the app uses it, or ValueError (a ValidationError too) naming why not.
    The validators load here, not at import: the wizard reads the policy before its first
    paint."""
    from certbot_assistant.core.configdir.profiles import REGIONS
    from certbot_assistant.core.validation import validate_acme_url, validate_email

    text = raw.strip()
    if not text:
        raise ValueError("empty")
    if setting is Setting.ACME_DIRECTORY_URL:
        return validate_acme_url(text)
    if setting is Setting.CERTCENTRAL_REGION:
        if text.lower() not in REGIONS:
            raise ValueError("not us or eu")
        return text.lower()
    if setting is Setting.LANGUAGE:
        if text.lower() not in SUPPORTED:
            raise ValueError("not en or ja")
        return text.lower()
    if setting is Setting.CONFIG_ROOT:
        absolute = (
            PureWindowsPath(text).is_absolute() if sys.platform == "win32" else text.startswith("/")
        )
        if not absolute or any(ord(c) < 32 for c in text):
            raise ValueError("not an absolute folder")
        return text
    if setting is Setting.SMTP_RELAY:
        host, port = _relay(text)
        if not host or any(c.isspace() or ord(c) < 32 for c in host):
            raise ValueError("not a host name")
        if port is not None and not 1 <= port <= 65535:
            raise ValueError("port not between 1 and 65535")
        return text
    addresses = [a for a in re.split(r"[\s,;]+", text) if a]
    return ",".join(validate_email(a) for a in addresses)


@dataclass(frozen=True)
class Policy:
    """What the organization preset; empty when nothing is (the usual case)."""

    values: Mapping[Setting, str] = field(default_factory=dict)
    locked: frozenset[Setting] = frozenset()
    problems: tuple[str, ...] = ()
    source: str = ""

    def value(self, setting: Setting) -> str | None:
        return self.values.get(setting)

    def is_locked(self, setting: Setting) -> bool:
        """Locked only where a value is preset: a lock without a value locks nothing."""
        return setting in self.locked and setting in self.values

    def refuses(self, setting: Setting, wanted: str | None) -> bool:
        """A user's value the organization does not allow (locked to another one)."""
        preset = self.values.get(setting)
        if not self.is_locked(setting) or wanted is None or preset is None:
            return False
        if setting is Setting.ACME_DIRECTORY_URL:
            return wanted.strip().rstrip("/") != preset.rstrip("/")
        return wanted.strip().lower() != preset.lower()

    @property
    def smtp_host(self) -> str | None:
        relay = self.values.get(Setting.SMTP_RELAY)
        return _relay(relay)[0] if relay else None

    @property
    def smtp_port(self) -> int | None:
        relay = self.values.get(Setting.SMTP_RELAY)
        return _relay(relay)[1] if relay else None

    @property
    def recipients(self) -> tuple[str, ...]:
        text = self.values.get(Setting.NOTIFY_TO)
        return tuple(a.strip() for a in text.split(",")) if text else ()

    def as_json(self) -> dict[str, object]:
        """For ``status --format json``: registry names, the locked ones listed."""
        return {
            "source": self.source,
            "values": {s.value: v for s, v in self.values.items()},
            "locked": sorted(s.value for s in self.locked if s in self.values),
            "problems": list(self.problems),
        }


NO_POLICY = Policy()
"""Nothing preset."""


def policy_from(raw: Mapping[str, object], source: str) -> Policy:
    """Read a policy from the names and values found, whatever their case or kind."""
    values: dict[Setting, str] = {}
    locked: set[Setting] = set()
    problems: list[str] = []
    for name, value in raw.items():
        if name.strip().lower() == LOCKED.lower():
            items = value if isinstance(value, list) else re.split(r"[\s,;]+", str(value))
            for item in items:
                setting = _by_any_name(str(item))
                if setting is not None:
                    locked.add(setting)
                elif str(item).strip():
                    problems.append(f"{LOCKED}: {str(item)[:80]!r} is no setting")
            continue
        setting = _by_any_name(name)
        if setting is None:
            continue
        if not isinstance(value, str):
            problems.append(f"{setting.value}: not a string")
            continue
        try:
            values[setting] = _checked(setting, value)
        except ValueError as exc:  # ValidationError is one too
            reason = str(exc) or "not valid"
            problems.append(f"{setting.value}: {value[:200]!r} ignored ({reason})")
    for problem in problems:
        log.warning("organization policy %s: %s", source, problem)
    return Policy(values, frozenset(locked), tuple(problems), source)


def read_policy_file(path: Path) -> Policy:
    """The Linux policy file; absent is no policy, a damaged one is a policy with a problem."""
    try:
        data = json.loads(read_regular_file(path, MAX_POLICY_BYTES).decode("utf-8"))
    except NotReadable as exc:
        if exc.errno == errno.ENOENT:
            return Policy(source=str(path))
        problem: Exception = exc
    except (ValueError, RecursionError) as exc:
        problem = exc
    else:
        if not isinstance(data, dict):
            return Policy(source=str(path), problems=(f"{path}: not a JSON object",))
        return policy_from(data, str(path))
    log.warning("organization policy %s not read: %s", path, problem)
    return Policy(source=str(path), problems=(f"{path}: not read ({problem})",))


def read_registry_policy(key: str = POLICY_KEY) -> Policy:
    """The machine policy key, 64-bit view (where the x64 MSI and GPO write)."""
    source = f"HKLM\\{key}"
    if sys.platform != "win32":  # pragma: no cover - the registry is Windows'
        return Policy(source=source)
    import winreg

    text_kinds = (winreg.REG_SZ, winreg.REG_EXPAND_SZ, winreg.REG_MULTI_SZ)
    raw: dict[str, object] = {}
    try:
        with winreg.OpenKey(
            winreg.HKEY_LOCAL_MACHINE, key, 0, winreg.KEY_READ | winreg.KEY_WOW64_64KEY
        ) as handle:
            index = 0
            while True:
                try:
                    name, value, kind = winreg.EnumValue(handle, index)
                except OSError:
                    break
                index += 1
                raw[name] = value if kind in text_kinds else None
    except FileNotFoundError:
        return Policy(source=source)
    except OSError as exc:
        log.warning("organization policy %s not read: %s", source, exc)
        return Policy(source=source, problems=(f"{source}: not read ({exc})",))
    return policy_from(raw, source)


def read_machine_policy() -> Policy:
    """This machine's policy: the registry on Windows, the policy file elsewhere.

    ``CERTBOT_ASSISTANT_POLICY_FILE`` names another file (tests; a policy tried before it is
    rolled out)."""
    override = os.environ.get("CERTBOT_ASSISTANT_POLICY_FILE")
    if override:
        return read_policy_file(Path(override))
    if sys.platform == "win32":
        return read_registry_policy()
    return read_policy_file(LINUX_POLICY_FILE)
