"""The plan of a move, shown before anything is ordered: one row per certificate, what carries
over, what cannot move and why, and how many new orders DigiCert will see."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from certbot_assistant.core.steps.migrate import LineagePlan, MigrationPlan
from certbot_assistant.core.translation import fill
from certbot_assistant.i18n import qt_translate
from certbot_assistant.translate import join_list
from certbot_assistant.ui.widgets import make_table


class MigrationDialog(QDialog):
    def __init__(self, plan: MigrationPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("migrationDialog")
        self.setWindowTitle(self.tr("Move the certificates to the new credential"))
        self.setAccessibleName(self.windowTitle())
        layout = QVBoxLayout(self)
        intro = QLabel(
            fill(
                self.tr(
                    "Each certificate of %1 is ordered again in %2 with the credential of "
                    "profile %3: the same names and settings. The old folder is left as it is."
                ),
                [plan.source, plan.target, plan.profile.name],
            ),
            self,
        )
        intro.setWordWrap(True)
        intro.setObjectName("migrationIntro")
        layout.addWidget(intro)
        self.table = make_table(
            self,
            "migrationTable",
            self.tr("Certificates to move"),
            [self.tr("Certificate"), self.tr("Domain names"), self.tr("Method"), self.tr("Move")],
        )
        for lineage in plan.lineages:
            item = QTreeWidgetItem(
                [
                    lineage.name,
                    join_list(lineage.domains),
                    lineage.authenticator or "?",
                    self._state(lineage),
                ]
            )
            self.table.addTopLevelItem(item)
        layout.addWidget(self.table)
        orders = QLabel(self.tr("DigiCert will see %n new order(s).", "", len(plan.to_order)), self)
        orders.setObjectName("migrationOrders")
        layout.addWidget(orders)
        problems = [
            f"{finding.title(qt_translate)}: {finding.detail(qt_translate)}"
            for finding in plan.findings()
        ]
        if problems:
            details = QLabel("\n".join(problems), self)
            details.setWordWrap(True)
            details.setObjectName("migrationProblems")
            layout.addWidget(details)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        move = buttons.button(QDialogButtonBox.StandardButton.Ok)
        move.setText(self.tr("&Move"))
        move.setObjectName("migrationMoveButton")
        move.setAccessibleName(self.tr("Move"))
        move.setEnabled(bool(plan.to_order))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(720, 420)

    def _state(self, lineage: LineagePlan) -> str:
        if lineage.moved:
            return self.tr("already moved")
        if not lineage.movable:
            return self.tr("cannot be moved")
        return self.tr("will be ordered again")
