"""The findings panel: one row per finding with icon, bold title, detail, fix and evidence.

Colour is never the only signal (ux.md): every row has the platform's severity icon and the
severity word in its accessible name. Evidence is selectable text for the help desk.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from certbot_assistant.core import findings as F
from certbot_assistant.core.errors import TranslatableError
from certbot_assistant.core.translation import fill
from certbot_assistant.i18n import qt_translate


def error_text(exc: BaseException) -> str:
    """What to tell the user about ``exc``: the core's translated message where it has one,
    else the exception's own text (an OS message, in the system's language)."""
    return exc.text(qt_translate) if isinstance(exc, TranslatableError) else str(exc)


def severity_icon(severity: F.Severity) -> QStyle.StandardPixmap:
    """The platform's own icon (looked up on use: Qt enums are slow to touch at import)."""
    return {
        F.Severity.ERROR: QStyle.StandardPixmap.SP_MessageBoxCritical,
        F.Severity.WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning,
        F.Severity.INFO: QStyle.StandardPixmap.SP_MessageBoxInformation,
    }[severity]


def severity_text(severity: F.Severity) -> str:
    return {
        F.Severity.ERROR: QCoreApplication.translate("FindingsView", "Error"),
        F.Severity.WARNING: QCoreApplication.translate("FindingsView", "Warning"),
        F.Severity.INFO: QCoreApplication.translate("FindingsView", "Information"),
    }[severity]


FixAction = tuple[str, str, Callable[[F.Finding], None]]
"""A fix button a page can perform: its name (the button's ``objectName`` is
``fix-<finding>-<name>``, stable for tests, walks and the help desk), caption, and action."""


def fix_actions(
    findings: Sequence[F.Finding], offered: Mapping[F.Fix, Sequence[FixAction]]
) -> dict[str, list[FixAction]]:
    """Each finding's fix buttons: those its catalogue entry names that the page can perform
    (``offered``), in the catalogue's order."""
    actions: dict[str, list[FixAction]] = {}
    for finding in findings:
        row = [action for fix in finding.spec.fixes for action in offered.get(fix, ())]
        if row:
            actions.setdefault(finding.id, row)
    return actions


class FindingRow(QFrame):
    def __init__(
        self,
        finding: F.Finding,
        parent: QWidget | None = None,
        actions: Sequence[FixAction] = (),
    ) -> None:
        super().__init__(parent)
        self.finding = finding
        self.setObjectName(f"finding-{finding.id}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        tr = qt_translate
        layout = QHBoxLayout(self)
        icon = QLabel(self)
        icon.setObjectName("findingIcon")
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        icon.setPixmap(
            self.style().standardIcon(severity_icon(finding.severity)).pixmap(size, size)
        )
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        icon.setAccessibleName(severity_text(finding.severity))
        layout.addWidget(icon)
        text = QVBoxLayout()
        title = QLabel(finding.title(tr), self)
        title.setObjectName("findingTitle")
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        title.setWordWrap(True)
        text.addWidget(title)
        texts = [("findingDetail", finding.detail(tr))]
        if finding.severity is not F.Severity.INFO:
            fix = fill(
                QCoreApplication.translate("FindingsView", "How to fix: %1"), [finding.fix(tr)]
            )
            texts.append(("findingFix", fix))
        for name, value in texts:
            label = QLabel(value, self)
            label.setObjectName(name)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            text.addWidget(label)
        evidence = "\n".join(
            fill(
                QCoreApplication.translate("FindingsView", "%1: %2"),
                (
                    tr(F.CONTEXT, F.EVIDENCE_LABELS.get(key, key)),
                    value,  # a KID is not a secret: shown whole, the same everywhere
                ),
            )
            for key, value in finding.shown_evidence(tr).items()
            if key in F.EVIDENCE_LABELS
        )
        if evidence:
            label = QLabel(evidence, self)
            label.setObjectName("findingEvidence")
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setForegroundRole(self.foregroundRole())
            text.addWidget(label)
        if actions:
            buttons = QHBoxLayout()
            for name, caption, callback in actions:
                button = QPushButton(caption, self)
                button.setObjectName(f"fix-{finding.id}-{name}")
                button.setAccessibleName(caption)
                button.clicked.connect(lambda _=False, cb=callback: cb(finding))
                buttons.addWidget(button)
            buttons.addStretch(1)
            text.addLayout(buttons)
        layout.addLayout(text, 1)
        self.setAccessibleName(
            fill(
                QCoreApplication.translate("FindingsView", "%1: %2"),
                (severity_text(finding.severity), finding.title(tr)),
            )
        )


class FindingsView(QScrollArea):
    """A scrolling list of FindingRow; shows a calm line when there is nothing to report."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findingsView")
        self.setAccessibleName(self.tr("Findings"))
        self.setWidgetResizable(True)
        self._inner = QWidget(self)
        self._layout = QVBoxLayout(self._inner)
        self._retired: list[QWidget] = []
        self.setWidget(self._inner)
        self._findings: list[F.Finding] = []
        self.set_findings([])

    @property
    def findings(self) -> list[F.Finding]:
        return list(self._findings)

    def set_message(self, message: str) -> None:
        self._clear()
        label = QLabel(message, self._inner)
        label.setObjectName("findingsMessage")
        label.setWordWrap(True)
        self._layout.addWidget(label)
        self._layout.addStretch(1)

    def set_findings(
        self,
        findings: Sequence[F.Finding],
        actions: Mapping[str, Sequence[FixAction]] | None = None,
        empty_message: str | None = None,
    ) -> None:
        """Show ``findings``; ``actions`` maps a finding id to the fix buttons it gets."""
        self._findings = list(findings)
        if not findings:
            self.set_message(empty_message or self.tr("No problems found."))
            return
        self._clear()
        for finding in findings:
            row_actions = (actions or {}).get(finding.id, ())
            self._layout.addWidget(FindingRow(finding, self._inner, row_actions))
        self._layout.addStretch(1)

    def _clear(self) -> None:
        """Take the old rows out of the widget tree now (a stale message must not be found by
        a screen reader or a test), and delete them once their own signals have returned."""
        self._retired = []
        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()
                self._retired.append(widget)
