"""Demo mode's task scheduler: the assistant's real scheduling code, the OS's commands emulated.

``Scheduler`` builds the same Task Scheduler XML or systemd units as in a real session and hands
them to this runner, which keeps Windows tasks in memory (answering ``schtasks /Query /XML`` the
way Windows does) and accepts systemctl calls without doing anything. Unit and cron files go to
the demo's own folder. So "schedule renewal" and the renewal status work in training without a
single change to the machine.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from certbot_assistant.core.renewal.schedule import Scheduler


class EmulatedSchedulerCommands:
    """A ``CommandRunner`` for schtasks and systemctl that changes nothing outside memory."""

    def __init__(self) -> None:
        self.tasks: dict[str, str] = {}
        self.calls: list[list[str]] = []

    def run(self, argv: Sequence[str], input_text: str | None = None) -> tuple[int, str, str]:
        args = list(argv)
        self.calls.append(args)
        if args[:1] != ["schtasks"]:
            return 0, "", ""  # systemctl daemon-reload / enable / disable
        verb = args[1] if len(args) > 1 else ""
        name = _after(args, "/TN")
        if verb == "/Create" and name is not None:
            xml_path = _after(args, "/XML")
            text = Path(xml_path).read_text(encoding="utf-16") if xml_path else ""
            self.tasks[name] = text.split("?>", 1)[-1].strip()
            return 0, f'SUCCESS: The scheduled task "{name}" has successfully been created.', ""
        if verb == "/Delete" and name is not None:
            if self.tasks.pop(name, None) is None:
                return 1, "", "ERROR: The system cannot find the file specified."
            return 0, f'SUCCESS: The scheduled task "{name}" was successfully deleted.', ""
        if verb == "/Query":
            documents = []
            for task, xml in self.tasks.items():
                shown = "\\" + task.lstrip("\\")  # schtasks names tasks by full path
                documents.append(
                    f'<?xml version="1.0" encoding="UTF-16"?>\n<!-- {shown} -->\n{xml}\n'
                )
            return 0, "".join(documents), ""
        return 1, "", f"ERROR: Invalid argument/option - '{verb}'."


def _after(args: list[str], flag: str) -> str | None:
    return args[args.index(flag) + 1] if flag in args and args.index(flag) + 1 < len(args) else None


def demo_scheduler(folder: Path, windows: bool, commands: EmulatedSchedulerCommands) -> Scheduler:
    """The real ``Scheduler`` pointed at the demo folder and the emulated commands."""
    return Scheduler(
        windows=windows,
        runner=commands,
        unit_dir=folder / "systemd",
        system_unit_dirs=(),
        cron_dir=folder / "cron.d",
        use_systemd=True,
        temp_dir=folder,
    )
