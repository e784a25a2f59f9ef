"""Step: CertCentral. Will DigiCert issue? The checks as a checklist, each with its fix.

KB 3's causes (organization or domain not validated, a request waiting for approval) and KB 2's
revoked credential are decided here. The API key lives in the keyring; pending requests can be
approved or rejected from this page after a confirmation that shows what will be approved.
"""

from __future__ import annotations

import functools

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from certbot_assistant.core import findings as F
from certbot_assistant.core.certcentral.checks import (
    CertCentralReport,
    RequestSummary,
    Step,
    describe_request,
    set_request_status,
)
from certbot_assistant.core.certcentral.client import CertCentralClient, CertCentralError
from certbot_assistant.core.secrets import SecretNotFound
from certbot_assistant.core.step_context import StepContext
from certbot_assistant.core.steps.certcentral import check_certcentral
from certbot_assistant.core.translation import QT_TRANSLATE_NOOP, fill
from certbot_assistant.i18n import qt_translate
from certbot_assistant.translate import date_text, join_list
from certbot_assistant.ui.findings_view import FixAction, error_text, fix_actions
from certbot_assistant.ui.pages.base import AssistantPage
from certbot_assistant.ui.services import Services
from certbot_assistant.ui.state import PageId, Scenario, WizardState
from certbot_assistant.ui.tasks import Work
from certbot_assistant.ui.widgets import ask_yes_no

CONSOLE = {
    "us": "https://www.digicert.com/secure/",
    "eu": "https://certcentral.digicert.eu/secure/",
}


# CertCentral's role names, as its Japanese console shows them; another name stays as it is.
ROLE_NAMES = {
    "Administrator": QT_TRANSLATE_NOOP("CertCentralRoles", "Administrator"),
    "Manager": QT_TRANSLATE_NOOP("CertCentralRoles", "Manager"),
    "Finance Manager": QT_TRANSLATE_NOOP("CertCentralRoles", "Finance Manager"),
    "User": QT_TRANSLATE_NOOP("CertCentralRoles", "User"),
    "Limited User": QT_TRANSLATE_NOOP("CertCentralRoles", "Limited User"),
}


def role_text(role: str) -> str:
    return QCoreApplication.translate("CertCentralRoles", ROLE_NAMES[role]) if role in ROLE_NAMES \
        else role  # fmt: skip


# CertCentral could not be asked at all: the page offers a way back instead of a dead end.
NO_ACCESS = frozenset({
    "certcentral-key-invalid", "certcentral-permission-missing", "certcentral-unreachable",
    "certcentral-blocked",
})  # fmt: skip


class CertCentralPage(AssistantPage):
    page_id = PageId.CERTCENTRAL

    def __init__(self, state: WizardState, services: Services, parent: QWidget | None = None):
        super().__init__(state, services, parent)
        self.setObjectName("certcentralPage")
        self.setTitle(self.tr("CertCentral"))
        self.setSubTitle(
            self.tr(
                "Before Certbot runs, check that DigiCert will issue: the credential, the "
                "organization and domain validation, and requests waiting for approval."
            )
        )
        self.key_status = QLabel(self)
        self.key_status.setObjectName("apiKeyStatus")
        self.key_status.setWordWrap(True)
        self.body.addWidget(self.key_status)
        key_row = QHBoxLayout()
        self.key_edit = QLineEdit(self)
        self.key_edit.setObjectName("apiKeyEdit")
        self.key_edit.setAccessibleName(self.tr("CertCentral API key"))
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_edit.setPlaceholderText(self.tr("CertCentral API key (Automation > API Keys)"))
        self.save_key_button = QPushButton(self.tr("Save &key"), self)
        self.save_key_button.setObjectName("saveApiKeyButton")
        self.save_key_button.setAccessibleName(self.tr("Save the API key in the keyring"))
        self.save_key_button.clicked.connect(self.save_key)
        self.check_button = QPushButton(self.tr("Check &again"), self)
        self.check_button.setObjectName("recheckButton")
        self.check_button.setAccessibleName(self.tr("Check CertCentral again"))
        self.check_button.clicked.connect(self.check)
        key_row.addWidget(self.key_edit, 1)
        key_row.addWidget(self.save_key_button)
        key_row.addWidget(self.check_button)
        self.body.addLayout(key_row)
        self.summary = QLabel(self)
        self.summary.setObjectName("certcentralSummary")
        self.summary.setWordWrap(True)
        self.body.addWidget(self.summary)
        self.body.addStretch(1)
        self.api_key: str | None = None

    @property
    def region(self) -> str:
        return self.state.profile.region if self.state.profile else "us"

    def initializePage(self) -> None:
        secrets, region = self.services.secrets, self.region

        def work(_ctx: StepContext) -> str | None:
            try:
                return secrets.read_api_key(region)
            except SecretNotFound:
                return None

        def done(key: str | None) -> None:
            self.api_key = key
            self._show_key_state()
            if key:
                self.check()
            else:
                self.set_findings(
                    [],
                    empty_message=self.tr(
                        "Without an API key the assistant cannot look into CertCentral. You can "
                        "continue, but timeouts (organization, domains, approvals) will only "
                        "show when Certbot runs."
                    ),
                )

        self.run_task(self.tr("Reading the API key from the keyring…"), work, done, self._key_error)

    def _key_error(self, exc: BaseException) -> None:
        text = error_text(exc)
        self.key_status.setText(text)

    def _show_key_state(self) -> None:
        stored = bool(self.api_key)
        self.key_status.setText(
            self.tr("The API key is stored in the keyring.")
            if stored
            else self.tr("Enter a CertCentral API key to check the account (optional).")
        )
        self.check_button.setEnabled(stored)

    def save_key(self) -> None:
        key = self.key_edit.text().strip()
        if not key:
            return
        secrets, region = self.services.secrets, self.region

        def done(_result: object) -> None:
            self.api_key = key
            self.key_edit.clear()
            self._show_key_state()
            self.check()

        self.run_task(
            self.tr("Saving the API key in the keyring…"),
            lambda _ctx: secrets.store_api_key(region, key),
            done,
            self._key_error,
        )

    def client(self) -> CertCentralClient:
        assert self.api_key is not None
        return self.assistant.certcentral(self.api_key, self.region)

    def check(self) -> None:
        if not self.api_key:
            return
        profile = self.state.profile
        credential = profile.acme_credential_name if profile else None
        domains = list(self.state.domains)
        make_client = self.client
        step_names = {
            Step.KEY: self.tr("Checking CertCentral: the API key…"),
            Step.CREDENTIAL: self.tr("Checking CertCentral: the ACME credential…"),
            Step.ORGANIZATION: self.tr("Checking CertCentral: organization validation…"),
            Step.DOMAINS: self.tr("Checking CertCentral: domains…"),
            Step.REQUESTS: self.tr("Checking CertCentral: pending requests…"),
        }

        def work(context: StepContext) -> CertCentralReport:
            return check_certcentral(context, make_client, credential, domains)

        self.run_task(
            step_names[Step.KEY],
            work,
            self._show,
            on_progress=lambda step: self.busy_label.setText(step_names.get(step, "")),
        )

    def _show(self, report: CertCentralReport) -> None:
        self.state.certcentral = report
        who = report.user_name or "?"
        roles = join_list(role_text(r) for r in report.user_roles) or "-"
        self.summary.setText(
            fill(self.tr("Checked as %1 (%2)."), [who, roles]) if report.user_roles else ""
        )
        offered: dict[F.Fix, list[FixAction]] = {
            F.Fix.DECIDE_REQUEST: [
                ("approve", self.tr("Approve…"), lambda f: self.decide(f, "approved")),
                ("reject", self.tr("Reject…"), lambda f: self.decide(f, "rejected")),
            ]
        }
        actions = fix_actions(report.findings, offered)
        for finding in report.findings:
            if finding.id in NO_ACCESS:
                actions[finding.id] = [*actions.get(finding.id, []), *self._ways_back(finding)]
        in_console = {f.id: f.spec.console_path for f in report.findings if f.spec.console_path}
        for finding_id, path in in_console.items():
            shown = QCoreApplication.translate(F.CONTEXT, path)
            actions[finding_id] = [
                *actions.get(finding_id, []),
                ("open-console", self.tr("Open CertCentral"), lambda _f: self.open_console()),
                (
                    "copy-menu-path",
                    self.tr("Copy the menu path"),
                    functools.partial(self._copy_path, shown),
                ),
            ]
        self.set_findings(
            report.findings,
            actions,
            empty_message=self.tr("CertCentral is ready: nothing holds the order back."),
        )

    def _ways_back(self, finding: F.Finding) -> list[FixAction]:
        """When CertCentral cannot be asked at all: enter another key, go on without the
        checks (said as a warning), or in demo mode put its key back."""
        ways: list[FixAction] = [
            ("enter-key", self.tr("Enter another key"), lambda _f: self.enter_key())
        ]
        if self.services.demo_api_key and finding.id == "certcentral-key-invalid":
            ways.insert(
                0,
                (
                    "restore-demo-key",
                    self.tr("Restore the demo key"),
                    lambda _f: self.restore_demo_key(),
                ),
            )
        ways.append(
            ("go-on-without", self.tr("Go on without CertCentral"), lambda f: self.go_on_without(f))
        )
        return ways

    def enter_key(self) -> None:
        self.key_edit.clear()
        self.key_edit.setFocus()

    def restore_demo_key(self) -> None:
        key = self.services.demo_api_key
        if key:
            self.key_edit.setText(key)
            self.save_key()

    def go_on_without(self, finding: F.Finding) -> None:
        """Next becomes available; the finding says what is not known."""
        self.state.certcentral = None
        self.set_findings([F.make("certcentral-not-checked", reason=finding.title(qt_translate))])

    def open_console(self) -> None:
        url = CONSOLE.get(self.region, CONSOLE["us"])
        if not QDesktopServices.openUrl(QUrl(url)):
            QGuiApplication.clipboard().setText(url)
            self.flash(fill(self.tr("No web browser opened. The address is on the clipboard: "
                                    "%1"), [url]))  # fmt: skip

    def _copy_path(self, path: str, _finding: F.Finding) -> None:
        self.copy(path)

    def copy(self, text: str) -> None:
        QGuiApplication.clipboard().setText(text)
        self.flash(fill(self.tr("Copied: %1"), [text]))

    def confirm_request(self, summary: RequestSummary, status: str) -> bool:
        when = date_text(summary.date, time=True) if summary.date else "?"
        question = (
            self.tr("Approve request %1?")
            if status == "approved"
            else self.tr("Reject request %1?")
        )
        details = fill(
            self.tr("Names: %1\nProduct: %2\nOrganization: %3\nRequested by: %4\nSubmitted: %5"),
            [join_list(summary.names) or "?", summary.product or "?",
             summary.organization or "?", summary.requester or "?", when],
        )  # fmt: skip
        return ask_yes_no(
            self, self.tr("Certificate request"), fill(question, [summary.id]) + "\n\n" + details
        )

    def decide(self, finding: F.Finding, status: str) -> None:
        request_id = int(finding.evidence.get("request", "0") or 0)
        make_client = self.client

        def describe(_ctx: StepContext) -> RequestSummary:
            with make_client() as client:
                return describe_request(client, request_id)

        def shown(summary: RequestSummary) -> None:
            if not self.confirm_request(summary, status):
                return
            comment = self.tr("Approved with the Certbot Assistant") if status == "approved" \
                else self.tr("Rejected with the Certbot Assistant")  # fmt: skip

            def apply(_ctx: StepContext) -> None:
                with make_client() as client:
                    set_request_status(client, request_id, status, comment)

            def applied(_result: object) -> None:
                self.note_event(
                    fill(self.tr("Request %1 approved in CertCentral."), [request_id])
                    if status == "approved"
                    else fill(self.tr("Request %1 rejected in CertCentral."), [request_id])
                )
                self.check()

            self.run_task(self.tr("Updating the request…"), apply, applied, self._request_failed)

        self.run_task(self.tr("Reading the request…"), describe, shown, self._request_failed)

    def _request_failed(self, exc: BaseException) -> None:
        if isinstance(exc, CertCentralError):
            self.set_findings([*self.findings, exc.finding()])
        else:
            self.show_error(exc)

    def blocking(self) -> list[F.Finding]:
        return super().blocking() if self.state.scenario is not Scenario.CHECK else []

    def commit(self) -> Work | None:
        if self._task is not None:  # moving on: a check still running stops
            self._task.cancel()
        return None
