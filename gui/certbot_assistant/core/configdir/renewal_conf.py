"""Reading certbot's ``renewal/<name>.conf`` files (configobj INI, reference/certbot.md §1c).

Only what the assistant reasons about is pulled out: the server and account renewals go to, the
authenticator, and the config/work/logs dirs certbot was told about. Everything else, including
``[[webroot_map]]`` and ``[acme_renewal_info]``, is tolerated and ignored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from configobj import ConfigObj, ConfigObjError

from certbot_assistant.core.errors import TranslatableError
from certbot_assistant.core.system.regular_file import NotReadable, read_regular_file, reason
from certbot_assistant.core.translation import QT_TRANSLATE_NOOP

MAX_CONF_BYTES = 1024 * 1024
# certbot's storage.ALL_FOUR: a conf without one of them is "missing a required file reference"
# and certbot skips the lineage as broken.
FILE_REFERENCES = ("cert", "privkey", "chain", "fullchain")


class RenewalConfError(TranslatableError):
    """A renewal conf cannot be parsed; the message says why (never the file's content)."""

    context = "ConfigDir"
    template = QT_TRANSLATE_NOOP("ConfigDir", "%1")


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
    privkey_path: str | None = None
    chain_path: str | None = None
    renew_before_expiry: str | None = None
    """The lineage's own renewal interval ("30 days"), when the admin set one."""

    def file_references(self) -> dict[str, str]:
        """cert, privkey, chain, fullchain as the conf names them (certbot's live/ links)."""
        refs = {
            "cert": self.cert_path,
            "privkey": self.privkey_path,
            "chain": self.chain_path,
            "fullchain": self.fullchain_path,
        }
        return {key: value for key, value in refs.items() if value}


_PARAMS_READ = ("server", "account", "authenticator", "config_dir", "work_dir", "logs_dir")


def url_problem(url: str) -> str | None:
    """Why ``url`` cannot be an ACME directory URL certbot could reach, or None."""
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:  # an unclosed [IPv6], a port out of range or not a number
        return str(exc)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return "not an http(s) address with a host"
    if port == 0:
        return "port 0"
    return None


_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_SECTION = re.compile(r"(\[+)\s*([A-Za-z0-9_.-]+)\s*(\]+)")
_PLAIN = re.compile(r"([A-Za-z0-9_.-]+)\s*=\s*([^\"',#\x00-\x1f\x7f]*)")


def _simple_parse(lines: list[str]) -> dict[str, object] | None:
    """What certbot writes (``key = value`` lines, ``[section]`` and ``[[subsection]]``, no
    quotes, commas or comments after a value), parsed as configobj would, in a fraction of its
    time; None for anything else, which configobj then reads (or rejects) itself."""
    root: dict[str, object] = {}
    path: list[dict[str, object]] = [root]
    for raw in lines:
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("["):
            section = _SECTION.fullmatch(line)
            if section is None or len(section.group(1)) != len(section.group(3)):
                return None
            depth, name = len(section.group(1)), section.group(2)
            if depth > len(path):
                return None  # configobj: a section too deep (NestingError)
            parent = path[depth - 1]
            if name in parent:
                return None  # configobj: a duplicate (DuplicateError)
            child: dict[str, object] = {}
            parent[name] = child
            path = [*path[:depth], child]
            continue
        pair = _PLAIN.fullmatch(line)
        if pair is None or pair.group(1) in path[-1]:
            return None
        path[-1][pair.group(1)] = pair.group(2).strip()
    return root


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
    """Parse the text of one renewal conf. Raises RenewalConfError, and nothing else.

    Certbot skips a conf as broken when it lacks one of the four file references or the
    ``[renewalparams]`` section (an empty or truncated file does both): so does this reader.
    """
    if not text.strip():
        raise RenewalConfError(template=QT_TRANSLATE_NOOP("ConfigDir", "the file is empty"))
    lines = text.splitlines()
    simple = _simple_parse(lines)
    try:
        conf = simple if simple is not None else _configobj(lines)
    except (
        ConfigObjError,
        ValueError,
        TypeError,
        SyntaxError,
        UnicodeError,
        RecursionError,
    ) as exc:
        first_line = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise RenewalConfError(first_line[:200]) from exc
    missing = [key for key in FILE_REFERENCES if _text(conf, key) is None]
    if missing:
        raise RenewalConfError(
            ", ".join(missing),
            template=QT_TRANSLATE_NOOP(
                "ConfigDir", "no %1 entry (truncated?); certbot treats this file as broken"
            ),
        )
    params = conf.get("renewalparams")
    if params is None:
        raise RenewalConfError(
            template=QT_TRANSLATE_NOOP(
                "ConfigDir", "no [renewalparams] section (truncated?); certbot skips this file"
            )
        )
    if not isinstance(params, dict):
        raise RenewalConfError(
            template=QT_TRANSLATE_NOOP("ConfigDir", "renewalparams is not a section")
        )
    for key, value in (*((k, _text(params, k)) for k in _PARAMS_READ),
                       *((k, _text(conf, k)) for k in FILE_REFERENCES)):  # fmt: skip
        if value is not None and _CONTROL.search(value):
            raise RenewalConfError(
                key,
                template=QT_TRANSLATE_NOOP(
                    "ConfigDir", "%1 holds a control character; certbot cannot use it"
                ),
            )
    server = _text(params, "server")
    if server is not None and (problem := url_problem(server)):
        raise RenewalConfError(
            server,
            problem,
            template=QT_TRANSLATE_NOOP("ConfigDir", "server = %1 is not a valid URL (%2)"),
        )
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
        privkey_path=_text(conf, "privkey"),
        chain_path=_text(conf, "chain"),
        renew_before_expiry=_text(conf, "renew_before_expiry"),
    )


def _configobj(lines: list[str]) -> dict[str, object]:
    conf: dict[str, object] = ConfigObj(lines, encoding=None, interpolation=False, list_values=True)
    return conf


def _plain(section: object) -> object:
    if isinstance(section, dict):
        return {str(k): _plain(v) for k, v in section.items()}
    return section


def read_renewal_params(path: Path) -> dict[str, object]:
    """Every setting of ``[renewalparams]`` as certbot wrote it (a comma value is a list, a
    subsection such as ``[[webroot_map]]`` a dict): what ``migrate`` carries to a new folder.
    Raises RenewalConfError."""
    text = _read_text(path)
    parse_renewal_conf(path.name.removesuffix(".conf"), text)  # a conf certbot skips: not carried
    lines = text.splitlines()
    try:
        conf = _simple_parse(lines) or _configobj(lines)
    except (ConfigObjError, ValueError, TypeError, SyntaxError, RecursionError) as exc:
        raise RenewalConfError(str(exc).splitlines()[0][:200]) from exc
    params = _plain(conf.get("renewalparams"))
    return params if isinstance(params, dict) else {}


def read_renewal_conf(path: Path) -> RenewalConf:
    """Read and parse one file. Raises RenewalConfError naming the cause."""
    return parse_renewal_conf(path.name.removesuffix(".conf"), _read_text(path))


def _read_text(path: Path) -> str:
    try:
        raw = read_regular_file(path, MAX_CONF_BYTES)
    except NotReadable as exc:
        raise RenewalConfError(reason(exc)) from exc
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise RenewalConfError(template=QT_TRANSLATE_NOOP("ConfigDir", "not UTF-8 text")) from exc


def set_renew_hook(path: Path, command: str) -> None:
    """Make ``command`` the lineage's deploy hook: certbot keeps ``--deploy-hook`` as
    ``renew_hook`` in ``[renewalparams]`` and runs it after each successful renewal (the
    scheduled ``certbot renew`` too). Everything else in the conf is kept as it was."""
    from certbot_assistant.core.system.atomic_write import write_bytes_atomic

    try:
        raw = read_regular_file(path, MAX_CONF_BYTES)
        conf = ConfigObj(raw.decode("utf-8").splitlines(), encoding=None, interpolation=False)
        params = conf.setdefault("renewalparams", {})
        if not isinstance(params, dict):
            raise RenewalConfError(
                path, template=QT_TRANSLATE_NOOP("ConfigDir", "%1: renewalparams is not a section")
            )
        params["renew_hook"] = command
        lines = conf.write()
    except NotReadable as exc:
        raise RenewalConfError(
            path, reason(exc), template=QT_TRANSLATE_NOOP("ConfigDir", "%1: %2")
        ) from exc
    except (ConfigObjError, UnicodeError, ValueError, RecursionError) as exc:
        raise RenewalConfError(
            path, exc, template=QT_TRANSLATE_NOOP("ConfigDir", "%1: %2")
        ) from exc
    newline = "\r\n" if b"\r\n" in raw else "\n"
    text = [ln.decode("utf-8") if isinstance(ln, bytes) else ln for ln in lines]
    write_bytes_atomic(path, (newline.join(text) + newline).encode("utf-8"))


def renew_hook_of(path: Path) -> str | None:
    try:
        conf = ConfigObj(str(path), encoding="utf-8", file_error=True)
    except (OSError, ConfigObjError):
        return None
    return _text(conf.get("renewalparams"), "renew_hook")
