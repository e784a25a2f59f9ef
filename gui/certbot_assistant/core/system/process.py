"""Running another program: certbot, its version probe, schtasks/systemctl, netstat, icacls.

One place decides what every child gets, so no call site can forget a piece of it:
- the user's environment (proxies, ``REQUESTS_CA_BUNDLE``) without what a frozen (PyInstaller)
  app put into its own, which would make another Python program load our libraries, and
  without the assistant's own secrets (the PFX password);
- no console window on Windows, stdin closed;
- its own process group (POSIX session / Windows process group and job object), so stopping it
  also stops what it started (certbot's hooks, its standalone web server), even what left the
  group (``setsid``, a detached Windows process);
- a timeout and a ``cancelled()`` callback, both of which end the whole tree;
- bounded memory and time for its output: lines are cut at ``MAX_LINE_BYTES``, the text kept
  is the first ``HEAD_CHARS`` and the last ``TAIL_CHARS`` of each stream, and reading stops
  ``PIPE_GRACE_S`` after the program ended even when something it started still holds the
  pipe (which would otherwise keep the reader waiting forever).
"""

from __future__ import annotations

import collections
import contextlib
import logging
import os
import queue
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Protocol

from certbot_assistant.core.step_context import never

log = logging.getLogger(__name__)

CREATE_NO_WINDOW = 0x08000000
CREATE_NEW_PROCESS_GROUP = 0x00000200
TERMINATE_GRACE_S = 5.0
POLL_S = 0.1
PIPE_GRACE_S = 2.0
MAX_LINE_BYTES = 64 * 1024
HEAD_CHARS = 256 * 1024
TAIL_CHARS = 2 * 1024 * 1024
_READ_BYTES = 64 * 1024
_QUEUE_LINES = 1024
# Secrets of the assistant's own that a child must never inherit (cli/deploy.py reads it).
_SECRET_ENV = ("CERTBOT_ASSISTANT_PFX_PASSWORD",)
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
    for name in (*_FOREIGN_ENV, *_SECRET_ENV):
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


def kill_tree(process: subprocess.Popen[bytes], job: object = None) -> None:
    """End the program and everything it started (on Windows, everything in its job)."""
    if sys.platform == "win32":  # pragma: no cover - Windows only
        from certbot_assistant.core.system.windows_process_tree import terminate_job, terminate_tree

        if process.poll() is None:
            terminate_tree(process.pid)
        if job is not None:
            terminate_job(job)
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


def pipe_names(fds: Sequence[int]) -> frozenset[str]:
    """How /proc names the pipes behind ``fds`` (taken when they are opened: an fd number is
    reused once closed)."""
    names = set()
    for fd in fds:
        with contextlib.suppress(OSError):
            names.add(f"pipe:[{os.fstat(fd).st_ino}]")
    return frozenset(names)


def pipe_holders(names: frozenset[str]) -> list[int]:
    """Processes (but this one) that hold one of the pipes ``names`` open: on Linux, read from
    /proc. What left the program's group (``setsid``, a daemon that kept its stdout) is found
    by the pipe it writes to, not by its family."""
    if not names or not sys.platform.startswith("linux"):
        return []
    holders = []
    try:
        processes = [p for p in Path("/proc").iterdir() if p.name.isdigit()]
    except OSError:
        return []
    for process in processes:
        if int(process.name) == os.getpid():
            continue
        try:
            fds = list((process / "fd").iterdir())
        except OSError:
            continue
        for fd in fds:
            with contextlib.suppress(OSError):
                if str(fd.readlink()) in names:
                    holders.append(int(process.name))
                    break
    return holders


def kill_pipe_holders(names: frozenset[str]) -> list[int]:
    """End whatever still writes to the program's pipes after it was stopped (Linux)."""
    holders = pipe_holders(names)
    for pid in holders:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.kill(pid, signal.SIGKILL)
    return holders


class BoundedText:
    """The first ``head`` and the last ``tail`` characters of a stream of lines, and how many
    were left out between them: a program that floods its output cannot fill memory."""

    def __init__(self, head: int = HEAD_CHARS, tail: int = TAIL_CHARS) -> None:
        self._head: list[str] = []
        self._head_left = head
        self._tail: collections.deque[str] = collections.deque()
        self._tail_size = 0
        self._tail_max = tail
        self.left_out = 0

    def add(self, line: str) -> None:
        if self._head_left > 0:
            self._head.append(line)
            self._head_left -= len(line)
            return
        self._tail.append(line)
        self._tail_size += len(line)
        while self._tail_size > self._tail_max and self._tail:
            dropped = self._tail.popleft()
            self._tail_size -= len(dropped)
            self.left_out += len(dropped)

    def text(self) -> str:
        gap = f"[… {self.left_out} characters of output left out …]\n" if self.left_out else ""
        return "".join(self._head) + gap + "".join(self._tail)


def _lines(chunks: Iterator[bytes]) -> Iterator[str]:
    """Lines of UTF-8 text from raw chunks, each cut at ``MAX_LINE_BYTES`` (a line that never
    ends is not held in memory whole)."""
    pending = b""
    skipping = False
    for chunk in chunks:
        pending += chunk
        while True:
            end = pending.find(b"\n")
            if end < 0:
                if len(pending) > MAX_LINE_BYTES:
                    if not skipping:
                        yield pending[:MAX_LINE_BYTES].decode("utf-8", "replace") + " […]\n"
                    skipping, pending = True, b""
                break
            line, pending = pending[: end + 1], pending[end + 1 :]
            if skipping:
                skipping = False
                continue
            if len(line) > MAX_LINE_BYTES:
                line = line[:MAX_LINE_BYTES] + " […]\n".encode()
            yield line.decode("utf-8", "replace").replace("\r\n", "\n")
    if pending and not skipping:
        yield pending.decode("utf-8", "replace")


def _chunks(fd: int) -> Iterator[bytes]:
    while True:
        try:
            chunk = os.read(fd, _READ_BYTES)
        except OSError:
            return
        if not chunk:
            return
        yield chunk


def _pump(name: str, pipe: IO[bytes], lines: queue.Queue[tuple[str, str] | None]) -> None:
    """Read one pipe to its end, then close it; a full queue makes the program wait (its
    output is not buffered here without bound). A reader left behind by ``_abandon_pipes``
    closes its pipe when whoever holds the other end lets go."""
    try:
        for line in _lines(_chunks(pipe.fileno())):
            lines.put((name, line))
    finally:
        pipe.close()
        lines.put(None)


class ProgramRunner(Protocol):
    """``run_program``'s shape, for callers that take another (demo mode's played-back one)."""

    def __call__(
        self,
        argv: Sequence[str],
        *,
        timeout_s: float,
        cancelled: Callable[[], bool] = ...,
        env: Mapping[str, str] | None = ...,
    ) -> Outcome: ...


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
    UI thread; ``cancelled`` is polled every 0.1 s. Returns at the latest ``PIPE_GRACE_S``
    after the program (or, once stopped, everything it started) has ended.
    """
    kwargs: dict[str, object] = {}
    if sys.platform == "win32":  # pragma: no cover - Windows only
        kwargs["creationflags"] = CREATE_NO_WINDOW | CREATE_NEW_PROCESS_GROUP
    else:
        kwargs["start_new_session"] = True
    process: subprocess.Popen[bytes] = subprocess.Popen(  # type: ignore[call-overload]
        list(argv),
        stdin=subprocess.PIPE if input_text is not None else subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=child_environment(env),
        **kwargs,
    )
    job = _job_for(process)
    if on_start is not None:
        on_start(process.pid)
    if input_text is not None and process.stdin is not None:
        with contextlib.suppress(OSError):  # a program that exits without reading
            process.stdin.write(input_text.encode("utf-8"))
        with contextlib.suppress(OSError):
            process.stdin.close()
    assert process.stdout is not None and process.stderr is not None
    pipes = pipe_names([process.stdout.fileno(), process.stderr.fileno()])
    lines: queue.Queue[tuple[str, str] | None] = queue.Queue(_QUEUE_LINES)
    collected = {"stdout": BoundedText(), "stderr": BoundedText()}
    readers = [
        threading.Thread(target=_pump, args=(name, pipe, lines), daemon=True)
        for name, pipe in (("stdout", process.stdout), ("stderr", process.stderr))
    ]
    for reader in readers:
        reader.start()
    deadline = time.monotonic() + timeout_s
    timed_out = stopped = False
    ended_at: float | None = None
    try:
        finished = 0
        while finished < len(readers):
            now = time.monotonic()
            if not stopped and (cancelled() or now > deadline):
                timed_out = not cancelled()
                stopped = True
                kill_tree(process, job)
                kill_pipe_holders(pipes)
            if ended_at is None and process.poll() is not None:
                ended_at = now
            if ended_at is not None and now - ended_at > PIPE_GRACE_S:
                _abandon_pipes(argv, pipes, stopped)
                break
            try:
                item = lines.get(timeout=POLL_S)
            except queue.Empty:
                continue
            if item is None:
                finished += 1
                continue
            stream_name, line = item
            collected[stream_name].add(line)
            if on_line is not None:
                on_line(stream_name, line.rstrip("\n"))
    except BaseException:
        # Ctrl+C, or a bug in a callback: never leave the program running behind us.
        kill_tree(process, job)
        kill_pipe_holders(pipes)
        raise
    code = process.wait()
    if stopped:
        kill_tree(process, job)  # anything of its group still about
    for reader in readers:
        reader.join(0.5)
    _close_job(job)
    return Outcome(
        code,
        collected["stdout"].text(),
        collected["stderr"].text(),
        timed_out=timed_out,
        cancelled=stopped and not timed_out,
    )


def _abandon_pipes(argv: Sequence[str], pipes: frozenset[str], stopped: bool) -> None:
    """The program has ended but its pipes are still held open: by what it started and left
    behind. A stopped run ends those too; a finished one stops reading and says who."""
    holders = pipe_holders(pipes)
    if stopped:
        kill_pipe_holders(pipes)
    log.warning(
        "%s ended, but %s still held its output; stopped reading%s",
        Path(argv[0]).name,
        f"process(es) {holders}" if holders else "something it started",
        " and ended them" if stopped and holders else "",
    )


def _job_for(process: subprocess.Popen[bytes]) -> object:
    """Windows: a job object holding the program, so what it starts (and what detaches from
    it) can be ended as one. None elsewhere, or when Windows refuses one."""
    if sys.platform == "win32":  # pragma: no cover - Windows only
        from certbot_assistant.core.system.windows_process_tree import job_for

        return job_for(process)
    return None


def _close_job(job: object) -> None:
    if job is not None and sys.platform == "win32":  # pragma: no cover - Windows only
        from certbot_assistant.core.system.windows_process_tree import close_job

        close_job(job)
