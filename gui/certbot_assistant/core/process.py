"""Running another program: certbot, its version probe, schtasks/systemctl, netstat, icacls.

One place decides what every child gets, so no call site can forget a piece of it:
- the user's environment (proxies, ``REQUESTS_CA_BUNDLE``) without what a frozen (PyInstaller)
  app put into its own, which would make another Python program load our libraries;
- no console window on Windows, stdin closed;
- its own process group (POSIX session / Windows process group), so stopping it also stops
  what it started (certbot's hooks, its standalone web server);
- a timeout and a ``cancelled()`` callback, both of which end the whole tree.
"""

from __future__ import annotations

import contextlib
import os
import queue
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from certbot_assistant.core.step_context import never

CREATE_NO_WINDOW = 0x08000000
CREATE_NEW_PROCESS_GROUP = 0x00000200
TERMINATE_GRACE_S = 5.0
POLL_S = 0.1
# What a frozen (PyInstaller) or embedded app puts into its own environment; another program,
# above all another Python program such as certbot, must not inherit it.
_FOREIGN_ENV = ("PYTHONHOME", "PYTHONPATH", "QT_PLUGIN_PATH", "QT_QPA_PLATFORM_PLUGIN_PATH",
                "_MEIPASS2", "_PYI_APPLICATION_HOME_DIR", "_PYI_ARCHIVE_FILE",
                "_PYI_PARENT_PROCESS_LEVEL", "_PYI_SPLASH_IPC")  # fmt: skip

LineCallback = Callable[[str, str], None]


def child_environment(base: Mapping[str, str] | None = None) -> dict[str, str]:
    """The user's environment without a frozen app's paths; PyInstaller keeps the user's own
    library path in ``LD_LIBRARY_PATH_ORIG``, which is restored. Python children write
    unbuffered UTF-8, so their lines arrive as they are printed and decode the same everywhere.
    """
    env = dict(os.environ if base is None else base)
    for name in _FOREIGN_ENV:
        env.pop(name, None)
    for var in ("LD_LIBRARY_PATH", "DYLD_LIBRARY_PATH"):
        original = env.pop(f"{var}_ORIG", None)
        if original is not None:
            env[var] = original
        elif getattr(sys, "frozen", False):
            env.pop(var, None)
    env["PYTHONUNBUFFERED"] = "1"
    env["PYTHONIOENCODING"] = "utf-8"
    return env


@dataclass(frozen=True)
class Outcome:
    """How a program ended (``code`` is its exit status, also when it was stopped)."""

    code: int | None
    stdout: str
    stderr: str
    timed_out: bool = False
    cancelled: bool = False

    @property
    def output(self) -> str:
        return (self.stdout + self.stderr).strip()


def kill_tree(process: subprocess.Popen[str]) -> None:
    """End the program and everything it started."""
    if sys.platform == "win32":  # pragma: no cover - Windows only
        from certbot_assistant.core.windows_process_tree import terminate_tree

        if process.poll() is None:
            terminate_tree(process.pid)
            with contextlib.suppress(subprocess.TimeoutExpired):
                process.wait(TERMINATE_GRACE_S)
        return
    if process.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(TERMINATE_GRACE_S)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait()
    # The group may outlive its leader (a hook still sleeping): make sure it is gone too.
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(process.pid, signal.SIGKILL)


def _pump(name: str, stream: object, lines: queue.Queue[tuple[str, str] | None]) -> None:
    try:
        for line in stream:  # type: ignore[attr-defined]
            lines.put((name, line))
    finally:
        lines.put(None)


def run_program(
    argv: Sequence[str],
    *,
    timeout_s: float,
    cancelled: Callable[[], bool] = never,
    on_line: LineCallback | None = None,
    on_start: Callable[[int], None] | None = None,
    input_text: str | None = None,
    env: Mapping[str, str] | None = None,
) -> Outcome:
    """Run ``argv`` to its end, its timeout or ``cancelled()``, whichever comes first.

    Output is read as it comes (``on_line(stream, line)`` from a reader thread's queue, on the
    calling thread). Raises OSError when the program cannot be started at all. Call it off the
    UI thread; ``cancelled`` is polled every 0.1 s.
    """
    kwargs: dict[str, object] = {}
    if sys.platform == "win32":  # pragma: no cover - Windows only
        kwargs["creationflags"] = CREATE_NO_WINDOW | CREATE_NEW_PROCESS_GROUP
    else:
        kwargs["start_new_session"] = True
    process: subprocess.Popen[str] = subprocess.Popen(  # type: ignore[call-overload]
        list(argv),
        stdin=subprocess.PIPE if input_text is not None else subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=child_environment(env),
        text=True,
        encoding="utf-8",
        errors="replace",
        bufsize=1,
        **kwargs,
    )
    if on_start is not None:
        on_start(process.pid)
    if input_text is not None and process.stdin is not None:
        with contextlib.suppress(OSError):  # a program that exits without reading
            process.stdin.write(input_text)
        with contextlib.suppress(OSError):
            process.stdin.close()
    lines: queue.Queue[tuple[str, str] | None] = queue.Queue()
    collected: dict[str, list[str]] = {"stdout": [], "stderr": []}
    readers = [
        threading.Thread(target=_pump, args=(name, stream, lines), daemon=True)
        for name, stream in (("stdout", process.stdout), ("stderr", process.stderr))
    ]
    for reader in readers:
        reader.start()
    deadline = time.monotonic() + timeout_s
    timed_out = stopped = False
    try:
        finished = 0
        while finished < len(readers):
            if not stopped and (cancelled() or time.monotonic() > deadline):
                timed_out = not cancelled()
                stopped = True
                kill_tree(process)
            try:
                item = lines.get(timeout=POLL_S)
            except queue.Empty:
                continue
            if item is None:
                finished += 1
                continue
            stream_name, line = item
            collected[stream_name].append(line)
            if on_line is not None:
                on_line(stream_name, line.rstrip("\n"))
    except BaseException:
        # Ctrl+C, or a bug in a callback: never leave the program running behind us.
        kill_tree(process)
        raise
    code = process.wait()
    if stopped:
        kill_tree(process)  # anything of its group still about
    for reader in readers:
        reader.join(5)
    for stream in (process.stdout, process.stderr):
        if stream is not None:
            stream.close()
    return Outcome(
        code,
        "".join(collected["stdout"]),
        "".join(collected["stderr"]),
        timed_out=timed_out,
        cancelled=stopped and not timed_out,
    )
