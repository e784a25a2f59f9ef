"""Reading certbot's ``renewal/<name>.conf`` files (configobj INI, reference/certbot.md §1c).

Only what the assistant reasons about is pulled out: the server and account renewals go to, the
authenticator, and the config/work/logs dirs certbot was told about. Everything else, including
``[[webroot_map]]`` and ``[acme_renewal_info]``, is tolerated and ignored.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from configobj import ConfigObj, ConfigObjError

MAX_CONF_BYTES = 1024 * 1024


class RenewalConfError(Exception):
    """A renewal conf cannot be parsed; the message says why (never the file's content)."""


@dataclass(frozen=True)
class RenewalConf:
    name: str
    server: str | None
    account: str | None
    authenticator: str | None
    config_dir: str | None
    work_dir: str | None
    logs_dir: str | None
    cert_path: str | None
    fullchain_path: str | None


def _text(section: object, key: str) -> str | None:
    if not isinstance(section, dict):
        return None
    value = section.get(key)
    if isinstance(value, str) and value.strip():
        return value.strip()
    if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
        # configobj turns an unquoted "a, b" into a list; certbot writes such values verbatim.
        return ", ".join(value)
    return None


def parse_renewal_conf(name: str, text: str) -> RenewalConf:
    """Parse the text of one renewal conf. Raises RenewalConfError, and nothing else."""
    try:
        conf = ConfigObj(text.splitlines(), encoding=None, interpolation=False, list_values=True)
    except (ConfigObjError, ValueError, TypeError, SyntaxError, UnicodeError) as exc:
        first_line = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise RenewalConfError(first_line) from exc
    params = conf.get("renewalparams")
    if params is not None and not isinstance(params, dict):
        raise RenewalConfError("renewalparams is not a section")
    return RenewalConf(
        name=name,
        server=_text(params, "server"),
        account=_text(params, "account"),
        authenticator=_text(params, "authenticator"),
        config_dir=_text(params, "config_dir"),
        work_dir=_text(params, "work_dir"),
        logs_dir=_text(params, "logs_dir"),
        cert_path=_text(conf, "cert"),
        fullchain_path=_text(conf, "fullchain"),
    )


def read_renewal_conf(path: Path) -> RenewalConf:
    """Read and parse one file. Raises RenewalConfError naming the cause."""
    name = path.name.removesuffix(".conf")
    try:
        size = path.stat().st_size
        if size > MAX_CONF_BYTES:
            raise RenewalConfError(f"larger than {MAX_CONF_BYTES} bytes ({size})")
        raw = path.read_bytes()
    except OSError as exc:
        raise RenewalConfError(exc.strerror or str(exc)) from exc
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise RenewalConfError("not UTF-8 text") from exc
    return parse_renewal_conf(name, text)
