"""Step "run": certbot with the request, its output line by line, Stop ends it and its children."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from certbot_assistant.core.configdir.known_folders import remember_folder
from certbot_assistant.core.run.certbot_run import (
    CertbotRun,
    RunRequest,
    RunResult,
    Stage,
    stage_for_line,
)
from certbot_assistant.core.step_context import StepContext
from certbot_assistant.core.system.process import LineCallback

RunFactory = Callable[[RunRequest, LineCallback | None], CertbotRun]


def run_certbot(
    context: StepContext,
    request: RunRequest,
    run_factory: RunFactory,
    folders_registry: Path | None = None,
) -> RunResult:
    """Lines go to ``context.line``, the stage certbot reached to ``context.progress`` (a
    ``Stage`` value). Cancelling the context ends certbot; the result then says ``cancelled``.
    With a ``folders_registry``, the config dir is listed there for ``status``.

    Raises ``RunRefused`` (preflight said no) and ``CertbotNotStarted``.
    """

    def on_line(stream: str, text: str) -> None:
        context.line(stream, text)
        stage = stage_for_line(text)
        if stage is not None:
            context.progress(stage.value)

    run = run_factory(request, on_line)
    context.on_cancel(run.cancel)
    context.progress(Stage.STARTED.value)
    result = run.run()
    if folders_registry is not None and request.dirs.config_dir.is_dir():
        remember_folder(folders_registry, request.dirs.config_dir)
    return result
