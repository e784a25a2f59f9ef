"""A user's walk through the wizard, from a script, against the app as it was built and installed.

``certbot-assistant --walk WALK.json`` opens the wizard in demo mode and does what the script
says, the way a user does it: clicks on radio buttons and buttons (mouse press and release at the
widget), types into fields (key by key), picks combo box items, presses Next and waits for the
page it leads to. It ships with the app so that the tests drive the frozen, installed program
(under Wine too), not the source tree; nothing in it runs unless ``--walk`` is given.

The walk fails, naming the path, the step and the page, when a page does not appear or does not
become ready in time, when Next stays disabled, when a dialog opens, when an exception escapes
or anything is logged as an error (a traceback, "something unexpected went wrong"), or when Qt
warns. Each page is saved as a PNG just before the walk leaves it, and the outcome goes to
``walk-report.json`` in the output folder (a windowed Windows program has no console) and to
stdout; the exit code is 0 or 1.

The script (JSON)::

    {"language": "ja", "out": "C:/walk/ja",
     "paths": [{"name": "kb1", "demo": "healthy,pending-2h", "steps": [
         {"choose": "scenario-kb1"}, {"next": "certbotPage"}, ...]}]}

Steps: ``choose`` a radio button, ``click`` a button, ``type`` text into a field (``text``),
``select`` a combo box item (by ``text`` or ``data``), ``next`` (the page expected after
it), ``wait_page``, ``expect_findings`` (ids on the current page), ``expect_text`` (a label or
field that must say something; ``containing`` what, ``not_containing`` what not, whether it is
``editable``), ``expect_file``, ``expect_finish`` (Finish is enabled), ``shot``
(an extra picture). After every step the page is checked for squeezed or overlapping
widgets. In texts, ``{demo}`` is the
demo session's folder and ``{free_port}`` a TCP port nobody listens on.
"""

from __future__ import annotations

import json
import logging
import socket
import sys
import threading
import time
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QWidget,
    QWizard,
    QWizardPage,
)

log = logging.getLogger(__name__)

TICK_MS = 30
DEFAULT_TIMEOUT_S = 90.0
REPORT = "walk-report.json"
# Qt's offscreen platform says this on every show(); it is about the platform, not the app.
PLATFORM_NOISE = ("This plugin does not support propagateSizeHints",)


class WalkFailed(Exception):
    """The walk cannot go on; the message names what was expected and what was seen."""


@dataclass
class Wait:
    """What the walk waits for before its next step."""

    ready: Callable[[], bool]
    what: str
    timeout_s: float = DEFAULT_TIMEOUT_S


@dataclass
class PathOutcome:
    name: str
    pages: list[str] = field(default_factory=list)
    shots: list[str] = field(default_factory=list)
    error: str | None = None


class _Problems(logging.Handler):
    """Errors logged anywhere in the app while the walk runs: each one fails it."""

    def __init__(self, sink: list[str]) -> None:
        super().__init__(logging.ERROR)
        self.sink = sink

    def emit(self, record: logging.LogRecord) -> None:
        text = f"logged error ({record.name}): {record.getMessage()}"
        if record.exc_info and record.exc_info[1] is not None:
            text += f" [{type(record.exc_info[1]).__name__}: {record.exc_info[1]}]"
        self.sink.append(text)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Walker:
    """Runs a walk script in the running application; ``finished`` gets the exit code."""

    def __init__(
        self,
        app: QApplication,
        script: dict[str, Any],
        open_wizard: Callable[[str], tuple[QWizard, Path, Callable[[], None]]],
        finished: Callable[[int], None],
    ) -> None:
        """``open_wizard(demo_scenarios)`` starts a demo session and shows a wizard on it; it
        returns the wizard, the session's folder and what ends the session."""
        self.app = app
        self.script = script
        self.out = Path(script["out"])
        self.open_wizard = open_wizard
        self.finished = finished
        self.problems: list[str] = []
        self.outcomes: list[PathOutcome] = []
        self.ignored_qt = tuple(script.get("qt_ignore", ())) + PLATFORM_NOISE
        self._steps: Iterator[Wait] | None = None
        self._wait: Wait | None = None
        self._since = 0.0
        self._timer = QTimer()
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._wizard: QWizard | None = None
        self._where = "the start"
        self._shot_number = 0
        self._handler = _Problems(self.problems)
        self._expecting: type[QDialog] | None = None
        """The kind of dialog the last click is expected to open (a question, a plan)."""
        self._in_tick = False

    # plumbing --------------------------------------------------------------------------------

    def start(self) -> None:
        self.out.mkdir(parents=True, exist_ok=True)
        logging.getLogger().addHandler(self._handler)
        self._previous_qt_handler = qInstallMessageHandler(self._qt_message)
        self._previous_excepthook = sys.excepthook
        sys.excepthook = self._exception
        self._previous_thread_hook = threading.excepthook
        threading.excepthook = self._thread_exception
        self._steps = self._walk()
        self._timer.start()

    def _qt_message(self, kind: QtMsgType, _context: object, message: str) -> None:
        if kind in (QtMsgType.QtDebugMsg, QtMsgType.QtInfoMsg):
            return
        if any(noise in message for noise in self.ignored_qt):
            return
        self.problems.append(f"Qt warning: {message}")

    def _exception(self, kind: type[BaseException], exc: BaseException, tb: Any) -> None:
        where = "".join(traceback.format_exception(kind, exc, tb)[-3:]).strip()
        self.problems.append(f"exception: {kind.__name__}: {exc} ({where})")

    def _thread_exception(self, args: threading.ExceptHookArgs) -> None:
        self.problems.append(f"exception in a thread: {args.exc_type.__name__}: {args.exc_value}")

    def _tick(self) -> None:
        if self._in_tick:
            return
        self._in_tick = True
        try:
            self._advance()
        finally:
            self._in_tick = False

    def _advance(self) -> None:
        try:
            self._check_health()
            if self._wait is not None and not self._wait.ready():
                if time.monotonic() - self._since > self._wait.timeout_s:
                    raise WalkFailed(f"waited {self._wait.timeout_s:.0f} s for {self._wait.what}")
                return
            assert self._steps is not None
            self._wait = next(self._steps)
            self._since = time.monotonic()
        except StopIteration:
            self._end()
        except WalkFailed as exc:
            self._fail(str(exc))
        except Exception as exc:  # noqa: BLE001 - a driver bug still ends the walk with its name
            self._fail(f"the walk itself failed: {type(exc).__name__}: {exc}")

    def _check_health(self) -> None:
        if self.problems:
            raise WalkFailed(self.problems[0])
        for widget in QApplication.topLevelWidgets():
            if not widget.isVisible() or not isinstance(widget, QDialog) or widget is self._wizard:
                continue
            if self._expecting is None or not isinstance(widget, self._expecting):
                text = widget.text() if isinstance(widget, QMessageBox) else widget.windowTitle()
                raise WalkFailed(f"a dialog opened: {type(widget).__name__} {text!r}")

    def _fail(self, message: str) -> None:
        failure = f"{self._where}: {message}"
        if self.outcomes and self.outcomes[-1].error is None:
            self.outcomes[-1].error = failure
        if self._wizard is not None:
            self._save_shot("FAILED")
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible() and widget is not self._wizard:
                widget.reject()  # a dialog the walk did not expect must not hold the exit
        self._end(failure)

    def _end(self, failure: str | None = None) -> None:
        self._timer.stop()
        logging.getLogger().removeHandler(self._handler)
        qInstallMessageHandler(self._previous_qt_handler)
        sys.excepthook = self._previous_excepthook
        threading.excepthook = self._previous_thread_hook
        report = {
            "ok": failure is None,
            "language": self.script.get("language"),
            "failure": failure,
            "paths": [vars(o) for o in self.outcomes],
        }
        (self.out / REPORT).write_text(
            json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
        for outcome in self.outcomes:
            print(
                f"walk {outcome.name}: {' > '.join(outcome.pages)}"
                f"{' FAILED: ' + outcome.error if outcome.error else ' ok'}",
                flush=True,
            )
        print(f"walk: {'ok' if failure is None else 'FAILED: ' + failure}", flush=True)
        self._close_wizard()
        self.finished(0 if failure is None else 1)

    # the walk --------------------------------------------------------------------------------

    def _walk(self) -> Iterator[Wait]:
        for index, path in enumerate(self.script["paths"], start=1):
            outcome = PathOutcome(str(path["name"]))
            self.outcomes.append(outcome)
            self._where = f"path {outcome.name}, opening the wizard"
            wizard, folder, stop = self.open_wizard(str(path.get("demo", "")))
            self._wizard, self._stop_session = wizard, stop
            self._prefix = f"{index:02d}-{outcome.name}"
            self._shot_number = 0
            values = {"{demo}": str(folder), "{free_port}": str(free_port())}
            yield Wait(
                lambda w=wizard: w.isVisible() and w.currentPage() is not None,  # type: ignore[misc]
                "the wizard's window",
            )
            outcome.pages.append(self._page_name())
            for number, step in enumerate(path["steps"], start=1):
                self._where = (
                    f"path {outcome.name}, step {number} {json.dumps(step)}, "
                    f"on page {self._page_name()}"
                )
                yield from self._step(step, values, outcome)
                yield from self._check_layout()
            yield self._idle()
            self._save_shot(self._page_name(), outcome)
            self._close_wizard()

    def _check_layout(self) -> Iterator[Wait]:
        """After each step, as the page is now (busy or not; the next step waits if it must):
        nothing squeezed or overlapping at this window size, in this language."""
        QApplication.processEvents()
        problems = layout_problems(self._page())
        if problems:
            raise WalkFailed("the page is crushed: " + "; ".join(problems[:5]))
        yield from ()

    def _page_name(self) -> str:
        page = self._wizard.currentPage() if self._wizard is not None else None
        return page.objectName() if page is not None else "none"

    def _page(self) -> QWizardPage:
        assert self._wizard is not None
        page = self._wizard.currentPage()
        if page is None:
            raise WalkFailed("no page is shown")
        return page

    def _idle(self) -> Wait:
        """The page has done its work, including what never blocks Next (``loading``)."""
        return Wait(
            lambda: (
                not getattr(self._page(), "busy", False)
                and not getattr(self._page(), "loading", False)
            ),
            f"{self._page_name()} to finish its work",
        )

    def _find(self, name: str) -> QWidget:
        page = self._page()
        for root in (page, self._wizard):
            found = root.findChild(QWidget, name) if root is not None else None
            if found is not None:
                return found
        raise WalkFailed(f"no widget named {name!r} on {page.objectName()}")

    def _step(
        self, step: dict[str, Any], values: dict[str, str], outcome: PathOutcome
    ) -> Iterator[Wait]:
        def text(key: str = "text") -> str:
            value = str(step[key])
            for placeholder, real in values.items():
                value = value.replace(placeholder, real)
            return value

        timeout = float(step.get("timeout", DEFAULT_TIMEOUT_S))
        if not step.get("busy"):  # a picture of work in progress is taken at once
            yield self._idle()
        if "choose" in step:
            button = self._find(step["choose"])
            if not isinstance(button, QRadioButton):
                raise WalkFailed(f"{step['choose']} is not a radio button")
            self._click_soon(button, QPoint(8, button.height() // 2))  # on the indicator
            yield Wait(button.isChecked, f"{step['choose']} to be chosen")
        elif "click" in step:
            button = self._find(step["click"])
            if not isinstance(button, QAbstractButton):
                raise WalkFailed(f"{step['click']} is not a button")
            yield Wait(
                lambda: button.isVisible() and button.isEnabled(),
                f"{step['click']} to be enabled",
                timeout,
            )
            answer, confirm = step.get("answer"), step.get("confirm")
            if answer is not None:
                self._expecting = QMessageBox
            elif confirm is not None:
                self._expecting = QDialog
            self._click_soon(button)
            if answer is not None:
                yield from self._answer(str(answer), outcome)
            elif confirm is not None:
                yield from self._confirm(str(confirm), outcome)
            yield self._idle()
        elif "type" in step:
            self._type(self._find(step["type"]), text())
        elif "select" in step:
            self._select(self._find(step["select"]), step)
            yield self._idle()
        elif "next" in step:
            yield from self._next(str(step["next"]), timeout, outcome)
        elif "wait_page" in step:
            expected = str(step["wait_page"])
            yield Wait(lambda: self._page_name() == expected, f"page {expected}", timeout)
            outcome.pages.append(expected)
        elif "expect_findings" in step:
            wanted = list(step["expect_findings"])
            yield Wait(
                lambda: set(wanted) <= set(self._finding_ids()),
                f"findings {wanted} (shown: {self._finding_ids()})",
                timeout,
            )
        elif "expect_text" in step:
            label = self._find(step["expect_text"])
            yield Wait(
                lambda: bool(_text_of(label).strip()),
                f"{step['expect_text']} to say something",
                timeout,
            )
            unwanted = step.get("not_containing")
            if unwanted and unwanted in _text_of(label):
                raise WalkFailed(f"{step['expect_text']} says {_text_of(label)!r}")
            wanted_text = step.get("containing")
            if wanted_text and wanted_text not in _text_of(label):
                raise WalkFailed(
                    f"{step['expect_text']} says {_text_of(label)!r}, not {wanted_text!r}"
                )
            if "editable" in step and _editable(label) != bool(step["editable"]):
                raise WalkFailed(
                    f"{step['expect_text']} is {'' if _editable(label) else 'not '}editable"
                )
        elif "expect_file" in step:
            wanted_file = Path(text("expect_file"))
            yield Wait(wanted_file.is_file, f"the file {wanted_file}", timeout)
        elif "expect_finish" in step:
            assert self._wizard is not None
            finish = self._wizard.button(QWizard.WizardButton.FinishButton)
            yield Wait(lambda: finish.isVisible() and finish.isEnabled(),
                       "Finish to be enabled", timeout)  # fmt: skip
        elif "shot" in step:
            self._save_shot(f"{self._page_name()}-{step['shot']}", outcome)
        else:
            raise WalkFailed(f"unknown step {step}")

    def _open_question(self) -> QMessageBox | None:
        return next(
            (
                w
                for w in QApplication.topLevelWidgets()
                if isinstance(w, QMessageBox) and w.isVisible()
            ),
            None,
        )

    def _answer(self, answer: str, outcome: PathOutcome) -> Iterator[Wait]:
        """The question the click asked (a confirmation): pictured, then answered yes or no."""
        yield Wait(lambda: self._open_question() is not None, "a question to answer")
        box = self._open_question()
        assert box is not None
        self._save_shot(f"{self._page_name()}-question", outcome, box)
        choice = {"yes": QMessageBox.StandardButton.Yes, "no": QMessageBox.StandardButton.No}
        button = box.button(choice[answer])
        if button is None:
            raise WalkFailed(f"the question {box.text()!r} has no {answer} button")
        self._click_soon(button)
        question = box.text()
        yield Wait(
            lambda: not shiboken6.isValid(box) or not box.isVisible(),
            f"the question {question!r} to close",
        )
        self._expecting = None

    def _open_dialog_with(self, name: str) -> QAbstractButton | None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget is not self._wizard and widget.isVisible():
                found = widget.findChild(QAbstractButton, name)
                if found is not None:
                    return found
        return None

    def _confirm(self, name: str, outcome: PathOutcome) -> Iterator[Wait]:
        """The dialog the click opened (a plan to accept): pictured, then its ``name`` button
        pressed."""
        yield Wait(lambda: self._open_dialog_with(name) is not None, f"a dialog with {name}")
        button = self._open_dialog_with(name)
        assert button is not None
        dialog = button.window()
        self._save_shot(f"{self._page_name()}-{dialog.objectName() or 'dialog'}", outcome, dialog)
        yield Wait(button.isEnabled, f"{name} to be enabled")
        self._click_soon(button)
        yield Wait(
            lambda: not shiboken6.isValid(dialog) or not dialog.isVisible(),
            f"the dialog {dialog.objectName()!r} to close",
        )
        self._expecting = None

    def _finding_ids(self) -> list[str]:
        return [f.id for f in getattr(self._page(), "findings", [])]

    def _next(self, expected: str, timeout: float, outcome: PathOutcome) -> Iterator[Wait]:
        assert self._wizard is not None
        wizard = self._wizard
        page = self._page()
        button = wizard.button(QWizard.WizardButton.NextButton)
        yield Wait(
            lambda: not getattr(page, "busy", False) and page.isComplete(),
            f"{page.objectName()} to be complete so Next is enabled (findings: "
            f"{self._finding_ids()})",
            timeout,
        )
        self._save_shot(page.objectName(), outcome)
        if not (button.isVisible() and button.isEnabled()):
            raise WalkFailed(f"Next is disabled on {page.objectName()}")
        self._click_soon(button)
        yield Wait(
            lambda: self._page_name() == expected,
            f"page {expected} after Next (still on {self._page_name()}; findings: "
            f"{self._finding_ids()})",
            timeout,
        )
        outcome.pages.append(expected)

    # what a user does ------------------------------------------------------------------------

    def _click_soon(self, widget: QWidget, at: QPoint | None = None) -> None:
        """Click from the event loop, not from inside the walk: a click that opens a modal
        question runs its own event loop, in which the walk goes on to answer it."""
        QTimer.singleShot(0, lambda: self._click(widget, at))

    def _click(self, widget: QWidget, at: QPoint | None = None) -> None:
        """A left click: press and release at a point inside the widget, as the mouse does."""
        if not widget.isVisible():
            raise WalkFailed(f"{widget.objectName()} is not visible")
        point = QPointF(at if at is not None else widget.rect().center())
        global_point = QPointF(widget.mapToGlobal(point.toPoint()))
        for kind, buttons in (
            (QEvent.Type.MouseButtonPress, Qt.MouseButton.LeftButton),
            (QEvent.Type.MouseButtonRelease, Qt.MouseButton.NoButton),
        ):
            event = QMouseEvent(
                kind,
                point,
                global_point,
                Qt.MouseButton.LeftButton,
                buttons,
                Qt.KeyboardModifier.NoModifier,
            )
            QApplication.sendEvent(widget, event)

    def _type(self, widget: QWidget, text: str) -> None:
        """Focus the field, select what it holds and type over it, key by key."""
        target: QWidget = widget.lineEdit() if isinstance(widget, QSpinBox) else widget
        if not isinstance(target, QLineEdit | QPlainTextEdit):
            raise WalkFailed(f"{widget.objectName()} is not a text field")
        if not target.isEnabled():
            raise WalkFailed(f"{widget.objectName()} is disabled")
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        self._key(target, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        self._key(target, Qt.Key.Key_Delete)
        for char in text:
            self._key(target, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)

    @staticmethod
    def _key(
        widget: QWidget,
        key: Qt.Key,
        modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
        text: str = "",
    ) -> None:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, modifiers, text))

    def _select(self, widget: QWidget, step: dict[str, Any]) -> None:
        if not isinstance(widget, QComboBox):
            raise WalkFailed(f"{widget.objectName()} is not a combo box")
        if "data" in step:
            index = widget.findData(step["data"])
        else:
            index = widget.findText(str(step["text"]))
        if index < 0:
            items = [widget.itemText(i) for i in range(widget.count())]
            raise WalkFailed(f"{widget.objectName()} has no item {step} (items: {items})")
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        widget.setCurrentIndex(index)
        widget.activated.emit(index)

    # pictures --------------------------------------------------------------------------------

    def _save_shot(
        self, name: str, outcome: PathOutcome | None = None, widget: QWidget | None = None
    ) -> None:
        widget = widget or self._wizard
        if widget is None:
            return
        self._shot_number += 1
        file = self.out / f"{self._prefix}-{self._shot_number:02d}-{name}.png"
        if not widget.grab().save(str(file)):
            self.problems.append(f"could not save {file}")
            return
        if outcome is not None:
            outcome.shots.append(file.name)

    def _close_wizard(self) -> None:
        wizard, self._wizard = self._wizard, None
        if wizard is None:
            return
        wizard.confirm_leave = lambda: True  # type: ignore[attr-defined]
        wizard.close()
        wizard.deleteLater()
        self._stop_session()


_LAID_OUT = (QLabel, QAbstractButton, QLineEdit, QComboBox, QSpinBox, QPlainTextEdit)


def layout_problems(root: QWidget) -> list[str]:
    """Widgets under ``root`` that are squeezed below what their content needs (text cut) or
    that overlap a sibling: what a crushed page looks like, in any language and window size."""
    problems: list[str] = []
    shown = [
        w for w in root.findChildren(QWidget)
        if isinstance(w, _LAID_OUT) and w.isVisible()
        and not isinstance(w.parentWidget(), QComboBox | QSpinBox)  # their own parts
    ]  # fmt: skip
    for widget in shown:
        name = widget.objectName() or type(widget).__name__
        if isinstance(widget, QLabel) and widget.wordWrap() and widget.text():
            needed = widget.heightForWidth(widget.width())
            if needed > widget.height() + 1:
                problems.append(f"{name} is cut: {widget.height()} px of {needed}")
            continue
        hint = widget.minimumSizeHint()
        if widget.height() + 1 < hint.height() or (
            not isinstance(widget, QLabel | QLineEdit | QPlainTextEdit)
            and widget.width() + 1 < hint.width()
        ):
            problems.append(
                f"{name} is squeezed: {widget.width()}x{widget.height()} px, needs "
                f"{hint.width()}x{hint.height()}"
            )
    by_parent: dict[int, list[QWidget]] = {}
    for widget in shown:
        parent = widget.parentWidget()
        if parent is not None:
            by_parent.setdefault(id(parent), []).append(widget)
    for siblings in by_parent.values():
        for index, first in enumerate(siblings):
            for second in siblings[index + 1 :]:
                overlap = first.geometry().intersected(second.geometry())
                if overlap.width() > 1 and overlap.height() > 1:
                    problems.append(
                        f"{first.objectName() or type(first).__name__} overlaps "
                        f"{second.objectName() or type(second).__name__}"
                    )
    return problems


def _editable(widget: QWidget) -> bool:
    if isinstance(widget, QLineEdit):
        return widget.isEnabled() and not widget.isReadOnly()
    return widget.isEnabled()


def _text_of(widget: QWidget) -> str:
    if isinstance(widget, QLabel | QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    return ""


def read_script(path: Path) -> dict[str, Any]:
    """The walk script; ``out`` defaults to a ``walk`` folder beside it."""
    script: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    script.setdefault("out", str(path.parent / "walk"))
    if not isinstance(script.get("paths"), list) or not script["paths"]:
        raise ValueError(f"{path}: a walk script needs a list of paths")
    return script
