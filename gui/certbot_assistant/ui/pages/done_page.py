"""Step: done. Where the certificate is, what it covers, until when, and how it renews."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from certbot_assistant.core import findings as F
from certbot_assistant.core.certcentral.machine_key import MachineKeyError
from certbot_assistant.core.certificates.certificate_info import (
    CertificateError,
    parse_certificate_der,
    read_certificate,
)
from certbot_assistant.core.certificates.deploy import (
    DEFAULT_STORE,
    CertificateStore,
    DeployError,
    DeployTargets,
    IisSite,
    parse_reload,
)
from certbot_assistant.core.configdir.inspection import inspect_config_dir
from certbot_assistant.core.own_command import assistant_command
from certbot_assistant.core.renewal.schedule import RenewalTest
from certbot_assistant.core.secrets import SecretStoreError
from certbot_assistant.core.step_context import StepContext
from certbot_assistant.core.steps.deploy import (
    InstallOutcome,
    InstallRequest,
)
from certbot_assistant.core.translation import fill
from certbot_assistant.core.windows.service_targets import ServiceUse
from certbot_assistant.i18n import qt_translate
from certbot_assistant.translate import date_text, join_list
from certbot_assistant.ui.file_dialogs import choose_directory
from certbot_assistant.ui.findings_view import error_text
from certbot_assistant.ui.pages.base import AssistantPage
from certbot_assistant.ui.services import Services
from certbot_assistant.ui.state import PageId, Scenario, WizardState
from certbot_assistant.ui.widgets import ask_yes_no


@dataclass
class _Reading:
    """What the page reads when it opens: the certificate, and where it could be installed."""

    details: str | F.Finding = ""
    sites: list[IisSite] = field(default_factory=list)
    sites_error: DeployError | None = None
    installed: list[F.Finding] = field(default_factory=list)
    """The installed-certificate check: bindings serving an older certificate, store
    certificates nobody renews (the same check as ``diagnose`` and the renewal task)."""
    services: list[tuple[ServiceUse, str | None]] = field(default_factory=list)
    """Windows services found here, each with the expiry of the certificate it uses now."""


# The install choices besides IIS sites (the combo box's item data).
_STORE_ONLY, _FOLDER, _SERVICE = "store", "folder", "service:"


def _service_spec(target: str) -> str:
    """A found service's ``deploy`` target: ``rdp``, ``sql:INSTANCE``, ``exchange``, ``winrm``."""
    kind = target.split(":", 1)[0]
    return target if kind == "sql" else kind


def _store_expiry(store: CertificateStore | None) -> dict[str, str]:
    """Each certificate of the machine store by thumbprint, with its expiry (a day)."""
    found: dict[str, str] = {}
    for held in store.certificates(DEFAULT_STORE) if store is not None else []:
        try:
            info = parse_certificate_der(held.der)
        except CertificateError:
            continue
        found[info.thumbprint] = date_text(info.not_after)
    return found


class DonePage(AssistantPage):
    page_id = PageId.DONE

    def __init__(self, state: WizardState, services: Services, parent: QWidget | None = None):
        super().__init__(state, services, parent)
        self.setObjectName("donePage")
        self.setTitle(self.tr("Done"))
        self.setFinalPage(True)
        self.summary = QLabel(self)
        self.summary.setObjectName("doneSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body.addWidget(self.summary)
        self.renewal = QLabel(self)
        self.renewal.setObjectName("doneRenewal")
        self.renewal.setWordWrap(True)
        self.body.addWidget(self.renewal)
        row = QHBoxLayout()
        self.schedule_button = QPushButton(self.tr("&Schedule renewal for this folder"), self)
        self.schedule_button.setObjectName("scheduleRenewalButton")
        self.schedule_button.setAccessibleName(self.tr("Schedule renewal for this folder"))
        self.schedule_button.clicked.connect(self.schedule)
        row.addWidget(self.schedule_button)
        self.test_button = QPushButton(self.tr("&Test renewal"), self)
        self.test_button.setObjectName("testRenewalButton")
        self.test_button.setAccessibleName(self.tr("Test renewal"))
        self.test_button.clicked.connect(self.test_renewal)
        row.addWidget(self.test_button)
        row.addStretch(1)
        self.body.addLayout(row)
        self.schedule_result = QLabel(self)
        self.schedule_result.setObjectName("scheduleResult")
        self.schedule_result.setWordWrap(True)
        self.body.addWidget(self.schedule_result)
        key_row = QHBoxLayout()
        self.machine_key_button = QPushButton(
            self.tr("&Let the scheduled renewal check CertCentral…"), self
        )
        self.machine_key_button.setObjectName("machineKeyButton")
        self.machine_key_button.setAccessibleName(
            self.tr("Let the scheduled renewal check CertCentral")
        )
        self.machine_key_button.clicked.connect(self.store_machine_key)
        self.machine_key_button.hide()
        key_row.addWidget(self.machine_key_button)
        key_row.addStretch(1)
        self.body.addLayout(key_row)
        self.machine_key_result = QLabel(self)
        self.machine_key_result.setObjectName("machineKeyResult")
        self.machine_key_result.setWordWrap(True)
        self.machine_key_result.hide()
        self.body.addWidget(self.machine_key_result)
        self.test_result = QLabel(self)
        self.test_result.setObjectName("renewalTestResult")
        self.test_result.setWordWrap(True)
        self.body.addWidget(self.test_result)
        self.test_output = QPlainTextEdit(self)
        self.test_output.setObjectName("renewalTestOutput")
        self.test_output.setAccessibleName(self.tr("Certbot output of the renewal test"))
        self.test_output.setReadOnly(True)
        self.test_output.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.test_output.hide()
        self.body.addWidget(self.test_output, 1)
        self._run_findings: list[F.Finding] = []
        for label in (self.renewal, self.schedule_result, self.test_result):
            label.hide()  # shown when they have something to say (no blank lines between)
        self._build_install()
        self.body.addStretch(1)

    def _build_install(self) -> None:
        """Install where the server uses it: an IIS site, the machine store, or a folder."""
        self.install_box = QGroupBox(self.tr("Install the certificate for the server"), self)
        self.install_box.setObjectName("installBox")
        form = QFormLayout(self.install_box)
        self.install_target = QComboBox(self.install_box)
        self.install_target.setObjectName("installTarget")
        self.install_target.setAccessibleName(self.tr("Where to install the certificate"))
        self.install_target.currentIndexChanged.connect(self._target_changed)
        target_label = QLabel(self.tr("&Where:"), self.install_box)
        target_label.setBuddy(self.install_target)
        form.addRow(target_label, self.install_target)
        folder_row = QHBoxLayout()
        self.install_folder = QLineEdit(self.install_box)
        self.install_folder.setObjectName("installFolder")
        self.install_folder.setAccessibleName(self.tr("Folder to copy the certificate files to"))
        self.install_folder.textChanged.connect(self._update_install_button)
        folder_row.addWidget(self.install_folder, 1)
        self.install_browse = QPushButton(self.tr("Br&owse…"), self.install_box)
        self.install_browse.setObjectName("installBrowse")
        self.install_browse.setAccessibleName(self.tr("Choose the folder"))
        self.install_browse.clicked.connect(self._browse_folder)
        folder_row.addWidget(self.install_browse)
        self.folder_label = QLabel(self.tr("Fo&lder:"), self.install_box)
        self.folder_label.setBuddy(self.install_folder)
        form.addRow(self.folder_label, folder_row)
        self.install_reload = QLineEdit(self.install_box)
        self.install_reload.setObjectName("installReload")
        self.install_reload.setAccessibleName(self.tr("Command that reloads the service"))
        self.install_reload.setPlaceholderText(self.tr("for example: systemctl reload nginx"))
        self.reload_label = QLabel(self.tr("&Reload command:"), self.install_box)
        self.reload_label.setBuddy(self.install_reload)
        form.addRow(self.reload_label, self.install_reload)
        self.install_hook = QCheckBox(
            self.tr("Install again after every renewal (certbot runs the assistant)"),
            self.install_box,
        )
        self.install_hook.setObjectName("installAfterRenewal")
        self.install_hook.setAccessibleName(self.tr("Install again after every renewal"))
        self.install_hook.setChecked(True)
        form.addRow(self.install_hook)
        row = QHBoxLayout()
        self.install_button = QPushButton(self.tr("&Install"), self.install_box)
        self.install_button.setObjectName("installButton")
        self.install_button.setAccessibleName(self.tr("Install the certificate"))
        self.install_button.clicked.connect(self.install)
        row.addWidget(self.install_button)
        self.install_result = QLabel(self.install_box)
        self.install_result.setObjectName("installResult")
        self.install_result.setWordWrap(True)
        self.install_result.setTextFormat(Qt.TextFormat.PlainText)
        row.addWidget(self.install_result, 1)
        form.addRow(row)
        self.body.addWidget(self.install_box)

    def _fill_targets(
        self,
        sites: list[IisSite],
        services: Sequence[tuple[ServiceUse, str | None]] = (),
    ) -> None:
        self.install_target.blockSignals(True)
        self.install_target.clear()
        for site in sites:
            if site.bindings:
                self.install_target.addItem(
                    fill(self.tr("IIS site %1 (%2)"), [site.name, join_list(site.bindings)]),
                    site.name,
                )
        for use, until in services:
            self.install_target.addItem(self._service_label(use, until), _SERVICE + use.target)
        if self.services.windows:
            self.install_target.addItem(
                fill(
                    self.tr("Windows certificate store only (%1)"),
                    [self.tr("LocalMachine\\My", "the machine's Personal store")],
                ),
                _STORE_ONLY,
            )
        self.install_target.addItem(self.tr("A folder, for other services"), _FOLDER)
        self.install_target.setCurrentIndex(0)
        self.install_target.blockSignals(False)
        self._target_changed()

    def _service_label(self, use: ServiceUse, until: str | None) -> str:
        kind, _, detail = use.target.partition(":")
        name = {
            "rdp": self.tr("Remote Desktop"),
            "sql": fill(self.tr("SQL Server instance %1"), [detail]),
            "exchange": fill(self.tr("Exchange (%1)"), [detail]),
            "winrm": self.tr("WinRM HTTPS listener"),
        }.get(kind, use.target)
        if use.thumbprint is None:
            now = self.tr("no certificate yet")
        elif until is None:
            now = self.tr("a certificate not in the machine store")
        else:
            now = fill(self.tr("now a certificate valid until %1"), [until])
        return fill(self.tr("%1 (%2)"), [name, now])

    def _target_changed(self) -> None:
        folder = self.install_target.currentData() == _FOLDER
        for widget in (
            self.folder_label,
            self.install_folder,
            self.install_browse,
            self.reload_label,
            self.install_reload,
        ):
            widget.setVisible(folder)
        self._update_install_button()

    def _update_install_button(self) -> None:
        folder = self.install_target.currentData() == _FOLDER
        self.install_button.setEnabled(
            self.install_target.count() > 0 and (not folder or bool(self.install_folder.text()))
        )

    def _browse_folder(self) -> None:
        start = self.install_folder.text() or str(self.state.config_dir or Path.home())
        chosen = choose_directory(self, self.tr("Folder for the certificate files"), start)
        if chosen:
            self.install_folder.setText(chosen)

    def _chosen_targets(self) -> DeployTargets:
        choice = self.install_target.currentData()
        if choice == _FOLDER:
            return DeployTargets(
                folder=self.install_folder.text().strip(),
                reload=parse_reload(self.install_reload.text().strip() or None),
            )
        if choice == _STORE_ONLY:
            return DeployTargets(store=DEFAULT_STORE)
        if str(choice).startswith(_SERVICE):
            spec = _service_spec(str(choice)[len(_SERVICE) :])
            return DeployTargets(store=DEFAULT_STORE, services=(spec,))
        return DeployTargets(iis_site=str(choice))

    def install(self) -> None:
        """Deploy the lineage as chosen; certbot repeats it after every renewal if asked."""
        result = self.state.run_result
        config_dir = self.state.config_dir
        if result is None or result.certificate_path is None or config_dir is None:
            return
        try:
            targets = self._chosen_targets()
        except DeployError as exc:
            self.install_result.setText(
                fill(self.tr("The certificate could not be installed: %1"), [error_text(exc)])
            )
            return
        request = InstallRequest(
            Path(config_dir),
            result.certificate_path.parent.name,
            targets,
            register_hook=self.install_hook.isChecked(),
            hook_command=assistant_command(),
        )
        assistant = self.assistant

        def work(context: StepContext) -> InstallOutcome:
            return assistant.deploy(context, request)

        def done(outcome: InstallOutcome) -> None:
            self.set_findings([*self._run_findings, *outcome.report.findings])
            if not outcome.report.ok:
                self.install_result.setText(self.tr("The certificate was not installed."))
            elif outcome.hook is not None:
                self.install_result.setText(
                    self.tr("Installed. Certbot installs it again after every renewal.")
                )
            else:
                self.install_result.setText(self.tr("Installed."))
            deployed = [f for f in outcome.report.findings if f.id == "certificate-deployed"]
            for finding in deployed:
                self.note_event(finding.detail(qt_translate))

        def failed(exc: BaseException) -> None:
            self.install_result.setText(
                fill(self.tr("The certificate could not be installed: %1"), [error_text(exc)])
            )

        self.install_result.clear()
        self.run_task(self.tr("Installing the certificate…"), work, done, failed)

    def initializePage(self) -> None:
        self.machine_key_button.hide()
        self.machine_key_result.hide()
        self.schedule_result.hide()
        self.test_result.hide()
        self.test_output.clear()
        self.test_output.hide()
        can_renew = self.state.scenario is not Scenario.CHECK and self.state.config_dir is not None
        self.schedule_button.setVisible(can_renew)
        self.test_button.setVisible(can_renew)
        self.install_result.clear()
        self._run_findings = []
        result = self.state.run_result
        can_install = (
            self.state.scenario is not Scenario.CHECK
            and result is not None
            and result.certificate_path is not None
        )
        self.install_box.setVisible(can_install)
        if self.state.moved_here():
            self._show_migration()
            return
        if self.state.scenario is Scenario.CHECK:
            self.setSubTitle(self.tr("Nothing was changed. Here is what the assistant found."))
            self.summary.setText(self.tr("Use Copy report to send the findings to the help desk."))
            self.renewal.hide()
            found = self.state.all_findings()
            self.set_findings(found)
            self._check_installed(found)
            return
        self.setSubTitle(self.tr("Certbot received the certificate."))
        cert_path = result.certificate_path if result else None
        key_path = result.key_path if result else None
        bindings = self.services.binding_manager() if can_install else None
        host = self.services.service_host() if can_install else None
        store = self.services.certificate_store() if host is not None else None
        assistant, config_dir = self.assistant, self.state.config_dir

        def work(context: StepContext) -> _Reading:
            reading = _Reading()
            if cert_path is None:
                return reading
            try:
                info = read_certificate(cert_path)
                reading.details = fill(
                    self.tr("Names: %1\nValid until: %2"),
                    [join_list(info.names), date_text(info.not_after, time=True)],
                )
            except CertificateError as exc:
                reading.details = F.make("certificate-unreadable", file=cert_path, reason=exc)
            if bindings is not None:
                try:
                    reading.sites = bindings.sites()
                except DeployError as exc:
                    reading.sites_error = exc
            if host is not None and can_install:
                context.progress("services")
                expiry = _store_expiry(store)
                reading.services = [(u, expiry.get(u.thumbprint or "")) for u in host.all_uses()]
            if config_dir is not None:
                report = inspect_config_dir(config_dir, scan_platform_logs=False)
                reading.installed = assistant.installed_findings(context, [report])
            return reading

        def done(reading: _Reading) -> None:
            lines = [
                fill(self.tr("Certificate and chain: %1"), [cert_path or "?"]),
                fill(self.tr("Private key: %1"), [key_path or "?"]),
            ]
            read = [reading.details] if isinstance(reading.details, F.Finding) else []
            if read or reading.installed:
                self.set_findings([*self.findings, *read, *reading.installed])
            if isinstance(reading.details, str) and reading.details:
                lines.append(reading.details)
            self.summary.setText("\n".join(lines))
            self._run_findings = [f for f in self.findings if f not in reading.installed]
            self._fill_targets(reading.sites, reading.services)
            if reading.sites_error:
                self.install_result.setText(
                    fill(
                        self.tr("IIS sites could not be read: %1"),
                        [error_text(reading.sites_error)],
                    )
                )

        default = self.state.config_dir == self.services.default_config_dir()
        self.renewal.show()
        self.renewal.setText(
            fill(
                self.tr(
                    'This is Certbot\'s default folder: a task that runs plain "certbot renew" '
                    "renews it too, and so does the assistant's own task."
                )
                if default
                else self.tr(
                    'Certbot renews with "certbot renew --config-dir %1". A task that runs plain '
                    '"certbot renew" only covers the default folder, so this folder needs its '
                    "own scheduled renewal."
                ),
                [self.state.config_dir],
            )
        )
        self.set_findings(result.findings if result else [])
        self.run_task(self.tr("Reading the certificate…"), work, done)

    def _show_migration(self) -> None:
        """The end of a move: what is in the new folder now, what is not, how it renews. The
        move installed each certificate where the old one was, so nothing is offered here."""
        result = self.state.migration
        assert result is not None
        self.install_box.hide()
        self.setSubTitle(self.tr("The certificates were moved to the new credential."))
        lines = [fill(self.tr("Moved to %1:"), [result.target])]
        lines += [f"  • {name}" for name in result.moved]
        if result.not_moved:
            lines.append(fill(self.tr("Not moved: %1"), [join_list(result.not_moved)]))
        lines.append(
            fill(
                self.tr("The old folder %1 was left as it is; the assistant no longer renews it."),
                [result.source],
            )
            if result.scheduled
            else fill(self.tr("The old folder %1 was left as it is."), [result.source])
        )
        self.summary.setText("\n".join(lines))
        self.renewal.show()
        self.renewal.setText(
            fill(self.tr("Renewal of the new folder is scheduled: %1."), [result.scheduled])
            if result.scheduled
            else self.tr(
                "The new folder's renewal is not scheduled yet: use "
                '"Schedule renewal for this folder".'
            )
        )
        self.schedule_button.setVisible(True)
        self.test_button.setVisible(True)
        self.schedule_button.setEnabled(not result.scheduled)
        self.set_findings(result.findings)
        if result.scheduled:
            self._offer_machine_key()

    def _check_installed(self, found: list[F.Finding]) -> None:
        """ "Check an existing setup" ends with the same look at the last mile as ``diagnose``:
        is what the server serves the certificate its lineage holds now?"""
        config_dir, assistant = self.state.config_dir, self.assistant
        if config_dir is None:
            return

        def work(context: StepContext) -> list[F.Finding]:
            report = inspect_config_dir(config_dir, scan_platform_logs=False)
            return assistant.installed_findings(context, [report])

        def done(installed: list[F.Finding]) -> None:
            if installed:
                self.set_findings([*found, *installed])

        self.run_task(self.tr("Checking what the server serves…"), work, done)

    def schedule(self) -> None:
        """Create the task or timer that renews this folder (one per config dir)."""
        certbot, config_dir = self.state.certbot, self.state.config_dir
        if certbot is None or config_dir is None:
            return
        assistant = self.assistant

        def work(context: StepContext) -> str:
            return assistant.schedule(context, certbot.path, config_dir).name

        def done(name: str) -> None:
            text = fill(self.tr("Scheduled: %1 renews %2 twice a day."), [name, config_dir])
            self.schedule_result.setText(text)
            self.schedule_result.show()
            self.note_event(text)
            self.schedule_button.setEnabled(False)
            self._offer_machine_key()

        def failed(exc: BaseException) -> None:
            self.schedule_result.setText(
                fill(self.tr("The renewal could not be scheduled: %1"), [error_text(exc)])
            )
            self.schedule_result.show()

        self.run_task(self.tr("Scheduling renewal…"), work, done, failed)

    def _offer_machine_key(self) -> None:
        """Once the folder renews unattended: offer the task the admin's CertCentral key, so
        it checks CertCentral before certbot runs (when the profile has a key, and the
        machine has none for its region yet)."""
        profile = self.state.profile
        if profile is None:
            return
        services = self.services

        def work(_context: StepContext) -> bool:
            try:
                services.secrets.read_api_key(profile.region)
                return services.machine_keys().read(profile.region) is None
            except (SecretStoreError, MachineKeyError):
                return False

        self.run_task(
            self.tr("Looking for the CertCentral API key…"),
            work,
            lambda offer: self.machine_key_button.setVisible(bool(offer)),
        )

    def store_machine_key(self) -> None:
        profile = self.state.profile
        if profile is None:
            return
        text = self.tr(
            "The scheduled renewal runs as SYSTEM and cannot read your own saved keys. Save "
            "your CertCentral API key for this computer too, so that each renewal checks "
            "CertCentral (validations, approvals, the credential) before Certbot runs?\n\n"
            "Only SYSTEM and administrators can read it. A key restricted to View Only is "
            "enough; the assistant needs administrator rights to save it."
        )
        if not ask_yes_no(self, self.tr("Save the key for the scheduled renewal"), text):
            return
        assistant, services, region = self.assistant, self.services, profile.region

        def work(_context: StepContext) -> Path:
            return assistant.store_machine_key(region, services.secrets.read_api_key(region))

        def done(path: Path) -> None:
            text = fill(self.tr("Saved for the scheduled renewal in %1."), [path])
            self.machine_key_result.setText(text)
            self.machine_key_result.show()
            self.note_event(text)
            self.machine_key_button.hide()

        def failed(exc: BaseException) -> None:
            self.machine_key_result.setText(error_text(exc))
            self.machine_key_result.show()

        self.run_task(self.tr("Saving the key…"), work, done, failed)

    def blocking(self) -> list[F.Finding]:
        """The last page only reports: what it found never holds Finish back (the check path
        ends here with the errors it found, to read and copy for the help desk)."""
        return []

    def test_renewal(self) -> None:
        """A dry run only where it places no real order; against DigiCert, list instead."""
        certbot, config_dir = self.state.certbot, self.state.config_dir
        if certbot is None or config_dir is None:
            return

        assistant = self.assistant

        def work(context: StepContext) -> RenewalTest:
            return assistant.test_renewal(context, certbot.path, config_dir, allow_dry_run=True)

        def done(result: RenewalTest) -> None:
            if result.dry_run:
                head = (
                    self.tr("The renewal dry run succeeded.")
                    if result.succeeded
                    else self.tr("The renewal dry run failed:")
                )
            else:
                head = self.tr(
                    "A dry run against DigiCert places a real order, so the assistant did not "
                    "run one. Certbot lists these certificates for renewal:"
                )
            self.test_result.setText(head)
            self.test_result.show()
            self.test_output.setPlainText(result.output)
            self.test_output.setVisible(bool(result.output.strip()))

        self.run_task(self.tr("Testing renewal…"), work, done)
