"""Checks of this server itself: the HTTP-01 port, administrator rights, name resolution.

Who holds a port is asked of the OS where it tells (``/proc`` on Linux, ``netstat -ano`` and
``tasklist`` on Windows); when it does not, the finding says the port is taken without a name.
"""

from __future__ import annotations

import errno
import logging
import re
import socket
import sys
from dataclasses import dataclass
from pathlib import Path

from certbot_assistant.core import findings as F
from certbot_assistant.core.system.privileges import is_elevated
from certbot_assistant.core.system.process import run_program

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PortOwner:
    pid: int | None
    name: str | None


def port_in_use(port: int, host: str = "0.0.0.0") -> bool:
    """True when binding the port fails because something listens there."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        if sys.platform != "win32":
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, port))
        except OSError as exc:
            return exc.errno in (errno.EADDRINUSE, 10048)
    return False


def _linux_owner(port: int) -> PortOwner | None:
    inodes: set[str] = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            lines = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            fields = line.split()
            if len(fields) > 9 and fields[3] == "0A" and int(fields[1].split(":")[1], 16) == port:
                inodes.add(fields[9])
    if not inodes:
        return None
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            for fd in (proc / "fd").iterdir():
                target = str(fd.readlink())
                if target.startswith("socket:[") and target[8:-1] in inodes:
                    name = (proc / "comm").read_text().strip()
                    return PortOwner(int(proc.name), name)
        except OSError:
            continue
    return PortOwner(None, None)


def _windows_owner(port: int) -> PortOwner | None:  # pragma: no cover - Windows only
    netstat = run_program(["netstat", "-ano", "-p", "TCP"], timeout_s=15)
    pid = None
    for line in netstat.stdout.splitlines():
        parts = line.split()
        if len(parts) >= 5 and parts[3].upper() == "LISTENING" and parts[1].endswith(f":{port}"):
            pid = int(parts[4])
            break
    if pid is None:
        return None
    tasks = run_program(["tasklist", "/FI", f"PID eq {pid}", "/FO", "CSV", "/NH"], timeout_s=15)
    match = re.match(r'"([^"]+)"', tasks.stdout.strip())
    return PortOwner(pid, match.group(1) if match else None)


def port_owner(port: int) -> PortOwner | None:
    try:
        if sys.platform == "win32":  # pragma: no cover - Windows only
            return _windows_owner(port)
        if sys.platform.startswith("linux"):
            return _linux_owner(port)
    except (OSError, ValueError) as exc:
        log.info("could not tell who holds port %s: %s", port, exc)
    return None


def check_port(port: int) -> list[F.Finding]:
    if not port_in_use(port):
        return []
    owner = port_owner(port)
    holder = ""
    if owner is not None and owner.name:
        holder = f" ({owner.name}, PID {owner.pid})" if owner.pid else f" ({owner.name})"
    return [
        F.make(
            "port-80-in-use",
            port=port,
            holder=holder,
            process=f"{owner.name} ({owner.pid})" if owner and owner.name else None,
        )
    ]


def check_elevation(windows: bool | None = None) -> list[F.Finding]:
    on_windows = sys.platform == "win32" if windows is None else windows
    if on_windows and not is_elevated():
        return [F.make("not-elevated")]
    return []


def check_names_resolve(names: list[str]) -> list[F.Finding]:
    findings = []
    for name in names:
        host = name.removeprefix("*.")
        try:
            socket.getaddrinfo(host, None)
        except UnicodeError as exc:
            findings.append(F.make("name-does-not-resolve", lineage=name, reason=exc))
        except OSError as exc:
            reason = exc.strerror or str(exc)
            findings.append(F.make("name-does-not-resolve", lineage=name, reason=reason))
    return findings
