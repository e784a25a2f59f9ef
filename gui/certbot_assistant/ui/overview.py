"""The first page's overview: every certbot config dir on this machine with its certificates,
their expiry, the last renewal and its outcome, and the task that renews them (the wizard's
face of ``certbot-assistant status``). It loads in the background and never holds the wizard
up: it is there to notice a failed renewal before the site breaks."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from certbot_assistant.core.step_context import StepContext
from certbot_assistant.core.translation import fill
from certbot_assistant.translate import date_text, join_list
from certbot_assistant.ui.services import Services
from certbot_assistant.ui.tasks import Task

if TYPE_CHECKING:
    from datetime import datetime

    from certbot_assistant.core.renewal.status import CertificateStatus, MachineStatus

log = logging.getLogger(__name__)


class CertificatesOverview(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("certificatesOverview")
        self.services = services
        self._task: Task | None = None
        self._start = QTimer(self)
        self._start.setSingleShot(True)
        self._start.timeout.connect(self._load)
        self.status: MachineStatus | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(
            QCoreApplication.translate("Overview", "Certificates on this server"), self
        )
        self.heading.setObjectName("overviewHeading")
        layout.addWidget(self.heading)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("overviewTree")
        self.tree.setAccessibleName(
            QCoreApplication.translate("Overview", "Certificates on this server")
        )
        self.tree.setHeaderLabels(
            [
                QCoreApplication.translate("Overview", "Certificate"),
                QCoreApplication.translate("Overview", "Expires"),
                QCoreApplication.translate("Overview", "Last renewal"),
                QCoreApplication.translate("Overview", "Renewed by"),
            ]
        )
        self.tree.setRootIsDecorated(True)
        self.tree.setMinimumHeight(110)
        layout.addWidget(self.tree)
        self.note = QLabel(self)
        self.note.setObjectName("overviewNote")
        self.note.setWordWrap(True)
        layout.addWidget(self.note)

    @property
    def loading(self) -> bool:
        return self._start.isActive() or (self._task is not None and not self._task.finished)

    def refresh(self, delay_ms: int = 0) -> None:
        """Look again, after ``delay_ms`` (the first page waits for its first paint)."""
        if self.loading:
            return
        self.note.setText(QCoreApplication.translate("Overview", "Looking for certificates…"))
        self._start.start(delay_ms)

    def _load(self) -> None:
        services = self.services

        def work(context: StepContext) -> MachineStatus:
            # Imported here, off the UI thread: the status reader (config dirs, schedulers,
            # renewal logs) is not needed for the first paint, which it would delay.
            from certbot_assistant.core.configdir.profiles import ProfilesFileCorrupt
            from certbot_assistant.core.steps.renewal import status_of_this_machine

            try:
                profiles = services.profiles.load()
            except ProfilesFileCorrupt:
                profiles = []  # the credential page says so; the overview still lists folders
            return status_of_this_machine(context, services, profiles)

        self._task = Task(work, self._show, self._failed, self)

    def cancel(self) -> None:
        self._start.stop()
        if self._task is not None:
            self._task.cancel()
            self._task = None

    def _failed(self, exc: BaseException) -> None:
        log.warning("overview: %s", type(exc).__name__)
        self.note.setText(
            QCoreApplication.translate("Overview", "The certificates could not be listed.")
        )

    def _cert_item(self, parent: QTreeWidgetItem, cert: CertificateStatus, now: datetime) -> None:
        from certbot_assistant.status_words import expiry_text, last_renewal_text, renews_on_text

        days = cert.days_left(now)
        last = cert.last_renewal
        expires, renewal = expiry_text(cert, now), last_renewal_text(last)
        item = QTreeWidgetItem(parent, [cert.name, expires, renewal, ""])
        if cert.renewal_failed or (days is not None and days < 14):
            font = item.font(0)
            font.setBold(True)
            for column in range(4):
                item.setFont(column, font)
        if last and last.detail:
            item.setToolTip(2, last.detail)
        lines = [renews_on_text(cert)]
        for name, until in sorted(getattr(cert.forecast, "validated_until", {}).items()):
            shown = (
                date_text(until)
                if until
                else QCoreApplication.translate("Overview", "not validated")
            )
            lines.append(
                fill(
                    QCoreApplication.translate("Overview", "%1: validated until %2"), [name, shown]
                )
            )
        item.setToolTip(1, "\n".join(lines))

    def _show(self, status: MachineStatus) -> None:
        self.status = status
        self.tree.clear()
        count = 0
        for entry in status.dirs:
            if not entry.certificates:
                continue
            tasks = join_list(t.name for t in entry.tasks) or QCoreApplication.translate(
                "Overview", "no scheduled task"
            )
            top = QTreeWidgetItem(self.tree, [str(entry.path), "", "", tasks])
            for cert in entry.certificates:
                self._cert_item(top, cert, status.generated)
                count += 1
            top.setExpanded(True)
        for column in range(4):
            self.tree.resizeColumnToContents(column)
        failed = sum(c.renewal_failed for d in status.dirs for c in d.certificates)
        lapsing = sum(f.id == "validation-expires-before-renewal" for f in status.findings)
        if count and lapsing and not failed:
            text = QCoreApplication.translate(
                "Overview",
                "%n domain validation(s) end before the renewal that needs them: choose Check "
                "an existing setup.",
                None,
                lapsing,
            )
        elif count == 0:
            text = QCoreApplication.translate("Overview", "No certificates yet.")
        elif failed:
            text = QCoreApplication.translate(
                "Overview",
                "%n certificate(s) failed to renew last time: choose Check an existing setup.",
                None,
                failed,
            )
        else:
            text = QCoreApplication.translate("Overview", "%n certificate(s) found.", None, count)
        self.note.setText(text)
