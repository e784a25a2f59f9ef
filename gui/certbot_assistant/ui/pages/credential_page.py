"""Step: the ACME credential (directory URL, KID, HMAC key) and the names to request.

Inline validation as the user types; the HMAC key is hidden unless asked for and goes only to
the OS keyring, when the page is accepted. An existing profile's key is read from the keyring.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from certbot_assistant.core.certcentral.digicert import region_findings
from certbot_assistant.core.configdir.profiles import Profile, ProfilesFileCorrupt
from certbot_assistant.core.policy import LABELS, Setting
from certbot_assistant.core.secrets import SecretNotFound, SecretStoreError
from certbot_assistant.core.step_context import StepContext
from certbot_assistant.core.translation import fill
from certbot_assistant.core.validation import (
    OrganizationRequires,
    ValidationError,
    validate_acme_url,
    validate_domains,
    validate_email,
    validate_hmac_key,
    validate_kid,
)
from certbot_assistant.i18n import qt_translate
from certbot_assistant.translate import join_list
from certbot_assistant.ui.findings_view import error_text
from certbot_assistant.ui.pages.base import AssistantPage
from certbot_assistant.ui.services import Services
from certbot_assistant.ui.state import PageId, Scenario, WizardState
from certbot_assistant.ui.tasks import Work

NEW = "__new__"


class CredentialPage(AssistantPage):
    page_id = PageId.CREDENTIAL

    def __init__(self, state: WizardState, services: Services, parent: QWidget | None = None):
        super().__init__(state, services, parent)
        self.setObjectName("credentialPage")
        self.setTitle(self.tr("ACME credential"))
        self.setSubTitle(
            self.tr(
                "The ACME directory URL, KID and HMAC key come from CertCentral (Automation > "
                "ACME Directory URLs). Certbot binds them to an account once."
            )
        )
        self.profiles: list[Profile] = []
        self.stored_hmac: str | None = None
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.profile_combo = QComboBox(self)
        self.profile_combo.setObjectName("profileCombo")
        self.profile_combo.setAccessibleName(self.tr("Saved credential"))
        self.profile_combo.currentIndexChanged.connect(self._profile_chosen)
        form.addRow(self.tr("&Saved credential:"), self.profile_combo)

        self.errors: dict[str, QLabel] = {}

        def field(name: str, label: str, accessible: str, placeholder: str = "") -> QLineEdit:
            edit = QLineEdit(self)
            edit.setObjectName(name)
            edit.setAccessibleName(accessible)
            edit.setPlaceholderText(placeholder)
            edit.textChanged.connect(self._validate)
            error = QLabel(self)
            error.setObjectName(f"{name}Error")
            error.setWordWrap(True)
            error.setForegroundRole(error.foregroundRole())
            error.hide()
            self.errors[name] = error
            form.addRow(label, edit)
            form.addRow("", error)
            return edit

        self.name_edit = field("profileName", self.tr("Na&me:"), self.tr("Credential name"),
                               self.tr("for example: Web servers OV"))  # fmt: skip
        self.url_edit = field("acmeUrl", self.tr("ACME directory &URL:"),
                              self.tr("ACME directory URL"),
                              "https://one.digicert.com/mpki/api/v1/acme/v2/directory")  # fmt: skip
        self.kid_edit = field("eabKid", self.tr("&KID:"), self.tr("KID"))
        hmac_row = QHBoxLayout()
        self.hmac_edit = QLineEdit(self)
        self.hmac_edit.setObjectName("hmacKey")
        self.hmac_edit.setAccessibleName(self.tr("HMAC key"))
        self.hmac_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.hmac_edit.textChanged.connect(self._validate)
        self.show_hmac = QCheckBox(self.tr("Sho&w"), self)
        self.show_hmac.setObjectName("showHmac")
        self.show_hmac.setAccessibleName(self.tr("Show the HMAC key"))
        self.show_hmac.toggled.connect(
            lambda on: self.hmac_edit.setEchoMode(
                QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
            )
        )
        hmac_row.addWidget(self.hmac_edit, 1)
        hmac_row.addWidget(self.show_hmac)
        hmac_label = QLabel(self.tr("&HMAC key:"), self)
        hmac_label.setBuddy(self.hmac_edit)
        form.addRow(hmac_label, hmac_row)
        self.errors["hmacKey"] = QLabel(self)
        self.errors["hmacKey"].setObjectName("hmacKeyError")
        self.errors["hmacKey"].setWordWrap(True)
        self.errors["hmacKey"].hide()
        form.addRow("", self.errors["hmacKey"])
        self.credential_edit = field(
            "certcentralCredential", self.tr("CertCentral &credential name:"),
            self.tr("CertCentral credential name"),
            self.tr("the name shown in CertCentral, for the CertCentral checks (optional)"),
        )  # fmt: skip
        self.region_combo = QComboBox(self)
        self.region_combo.setObjectName("regionCombo")
        self.region_combo.setAccessibleName(self.tr("CertCentral region"))
        self.region_combo.addItem(self.tr("CertCentral (US)"), "us")
        self.region_combo.addItem(self.tr("CertCentral Europe"), "eu")
        form.addRow(self.tr("&Region:"), self.region_combo)
        self.region_combo.currentIndexChanged.connect(self._validate)
        self.policy = services.policy()
        self.policy_note = QLabel(self)
        self.policy_note.setObjectName("policyNote")
        self.policy_note.setWordWrap(True)
        form.addRow("", self.policy_note)
        self.domains_edit = field(
            "domains", self.tr("Names for the cer&tificate:"), self.tr("Names for the certificate"),
            self.tr("www.example.com example.com (separate with spaces)"),
        )  # fmt: skip
        self.email_edit = field("email", self.tr("&E-mail (optional):"), self.tr("E-mail"))
        self._apply_policy()
        self.body.addLayout(form)
        self.backend_label = QLabel(self)
        self.backend_label.setObjectName("keyringBackend")
        self.backend_label.setWordWrap(True)
        self.body.addWidget(self.backend_label)
        self.body.addStretch(1)
        self.findings_view.hide()
        self._loaded = False
        self._values: dict[str, Any] = {}

    # loading -------------------------------------------------------------------------------

    def initializePage(self) -> None:
        if self._loaded:
            return
        services = self.services

        def work(_ctx: StepContext) -> tuple[list[Profile], str | None, str | None]:
            warning = None
            try:
                profiles = services.profiles.load()
            except ProfilesFileCorrupt as exc:
                profiles, warning = [], exc.text(qt_translate)
            try:
                backend = services.secrets.backend_info().display_name(qt_translate)
            except SecretStoreError as exc:
                backend, warning = None, exc.text(qt_translate)
            return profiles, backend, warning

        self.run_task(self.tr("Reading saved credentials…"), work, self._loaded_profiles)

    def _loaded_profiles(self, result: tuple[list[Profile], str | None, str | None]) -> None:
        self._loaded = True
        self.profiles, backend, warning = result
        self.backend_label.setText(
            fill(self.tr("Keys are stored in: %1"), [backend]) if backend else (warning or "")
        )
        if warning and backend:
            self.backend_label.setText(f"{self.backend_label.text()}\n{warning}")
        self.profile_combo.blockSignals(True)
        self.profile_combo.clear()
        self.profile_combo.addItem(self.tr("New credential…"), NEW)
        for profile in self.profiles:
            self.profile_combo.addItem(profile.name, profile.name)
        self.profile_combo.blockSignals(False)
        last = str(self.services.settings.value("profile/last", ""))
        index = self.profile_combo.findData(last) if last else -1
        if index < 0 and self.profiles:
            index = 1  # no choice remembered: the first saved credential, not an empty form
        self.profile_combo.setCurrentIndex(max(index, 0))
        self._profile_chosen()

    def select_profile(self, name: str) -> None:
        index = self.profile_combo.findData(name)
        if index >= 0:
            self.profile_combo.setCurrentIndex(index)

    def _profile_chosen(self, *_args: object) -> None:
        key = self.profile_combo.currentData()
        profile = next((p for p in self.profiles if p.name == key), None)
        self.stored_hmac = None
        self.hmac_edit.clear()
        if profile is None:
            for edit in (self.name_edit, self.url_edit, self.kid_edit, self.credential_edit):
                edit.clear()
            self._apply_policy()
            self.hmac_edit.setPlaceholderText("")
            self._validate()
            return
        self.name_edit.setText(profile.name)
        self.url_edit.setText(profile.server)
        self.kid_edit.setText(profile.eab_kid)
        self.credential_edit.setText(profile.acme_credential_name or "")
        self.region_combo.setCurrentIndex(max(0, self.region_combo.findData(profile.region)))
        self._apply_policy(keep_values=True)
        secrets = self.services.secrets

        def work(_ctx: StepContext) -> str | None:
            try:
                return secrets.read_hmac(profile.eab_kid)
            except SecretNotFound:
                return None

        def done(value: str | None) -> None:
            self.stored_hmac = value
            self.hmac_edit.setPlaceholderText(
                self.tr("stored in the keyring; leave empty to keep it")
                if value
                else self.tr("not stored yet: paste it from CertCentral")
            )
            self._validate()

        def failed(exc: BaseException) -> None:
            text = error_text(exc)
            self.backend_label.setText(text)
            self._validate()

        self.run_task(self.tr("Reading the HMAC key from the keyring…"), work, done, failed)

    def _apply_policy(self, keep_values: bool = False) -> None:
        """The organization's ACME directory URL and region as the new credential's values;
        a locked one cannot be edited (a saved credential with another one is refused by
        the validation, which says why)."""
        policy = self.policy
        url, region = (
            policy.value(Setting.ACME_DIRECTORY_URL),
            policy.value(Setting.CERTCENTRAL_REGION),
        )
        if url and not keep_values:
            self.url_edit.setText(url)
        if region and (not keep_values or policy.is_locked(Setting.CERTCENTRAL_REGION)):
            self.region_combo.setCurrentIndex(max(0, self.region_combo.findData(region)))
        self.url_edit.setReadOnly(policy.is_locked(Setting.ACME_DIRECTORY_URL))
        self.region_combo.setEnabled(not policy.is_locked(Setting.CERTCENTRAL_REGION))
        shown = [
            s for s in (Setting.ACME_DIRECTORY_URL, Setting.CERTCENTRAL_REGION) if policy.value(s)
        ]
        names = [qt_translate("Policy", LABELS[s]) for s in shown]
        if not shown:
            self.policy_note.hide()
            return
        locked = [qt_translate("Policy", LABELS[s]) for s in shown if policy.is_locked(s)]
        text = fill(self.tr("Set by your organization: %1."), [join_list(names)])
        if locked:
            text = fill(
                self.tr("Set by your organization: %1. Locked, cannot be changed here: %2."),
                [join_list(names), join_list(locked)],
            )
        self.policy_note.setText(text)
        self.policy_note.show()

    # validation ----------------------------------------------------------------------------

    def _check(self, name: str, check: Callable[[], Any]) -> Any:
        """The checked value, or ValidationError; the message shows once something is typed."""
        label = self.errors[name]
        edit = self.findChild(QLineEdit, name)
        try:
            value = check()
        except ValidationError as exc:
            label.setText(exc.text(qt_translate))
            label.setVisible(edit is not None and bool(edit.text().strip()))
            return ValidationError
        label.hide()
        return value

    def _validate(self, *_args: object) -> None:
        values: dict[str, Any] = {}
        name = self.name_edit.text().strip()
        values["name"] = name or None
        values["url"] = self._check("acmeUrl", lambda: self._allowed_url(self.url_edit.text()))
        values["kid"] = self._check("eabKid", lambda: validate_kid(self.kid_edit.text()))
        if self.hmac_edit.text() or not self.stored_hmac:
            values["hmac"] = self._check(
                "hmacKey", lambda: validate_hmac_key(self.hmac_edit.text())
            )
        else:
            self.errors["hmacKey"].hide()
            values["hmac"] = self.stored_hmac
        needs_names = self.state.scenario is not Scenario.CHECK
        domains_text = self.domains_edit.text()
        if domains_text.strip() or needs_names:
            values["domains"] = self._check("domains", lambda: validate_domains(domains_text))
        else:
            self.errors["domains"].hide()
            values["domains"] = []
        email_text = self.email_edit.text().strip()
        values["email"] = (
            self._check("email", lambda: validate_email(email_text)) if email_text else None
        )
        self._values = values
        self._show_region(values["url"])
        self.completeChanged.emit()

    def _allowed_url(self, text: str) -> str:
        url = validate_acme_url(text)
        if self.policy.refuses(Setting.ACME_DIRECTORY_URL, url):
            raise OrganizationRequires(self.policy.value(Setting.ACME_DIRECTORY_URL))
        return url

    def _show_region(self, url: object) -> None:
        """A regional ACME host of another region than the account's refuses the credential;
        said here, where both are chosen (a warning: the admin may know better)."""
        region = str(self.region_combo.currentData())
        mismatch = region_findings(url, region) if isinstance(url, str) else []
        if mismatch or self._findings:
            self.set_findings(mismatch)
            self.findings_view.setVisible(bool(mismatch))

    def ready(self) -> bool:
        v = self._values
        if not v.get("name"):
            return False
        required = ("url", "kid", "hmac", "domains")
        if any(v.get(k) in (None, ValidationError) for k in required):
            return False
        return v.get("email") is not ValidationError

    def missing_input(self) -> str:
        v = self._values
        sentences = (
            ("name", self.tr("Enter a name for the credential (the field above) to go on.")),
            ("url", self.tr("Enter the ACME directory URL (the field above) to go on.")),
            ("kid", self.tr("Enter the KID (the field above) to go on.")),
            ("hmac", self.tr("Enter the HMAC key (the field above) to go on.")),
            ("domains", self.tr("Enter the names for the certificate (above) to go on.")),
            ("email", self.tr("Correct the e-mail address (above), or leave it empty.")),
        )
        for key, sentence in sentences:
            value = v.get(key)
            if value is ValidationError or (key != "email" and not value):
                return sentence
        return super().missing_input()

    # commit --------------------------------------------------------------------------------

    def commit(self) -> Work | None:
        v = self._values
        profile = Profile(
            name=v["name"],
            server=v["url"],
            eab_kid=v["kid"],
            region=str(self.region_combo.currentData()),
            config_dir=next((p.config_dir for p in self.profiles if p.name == v["name"]), None),
            acme_credential_name=self.credential_edit.text().strip() or None,
        )
        hmac_key: str = v["hmac"]
        secrets, store = self.services.secrets, self.services.profiles

        def work(_ctx: StepContext) -> Profile:
            secrets.store_hmac(profile.eab_kid, hmac_key)
            store.add(profile, replace=True)
            return profile

        self._pending = (profile, hmac_key, v["domains"], v["email"])
        return work

    def commit_message(self) -> str:
        return self.tr("Saving the credential (the HMAC key goes to the keyring)…")

    def committed(self, result: Any) -> None:
        profile, hmac_key, domains, email = self._pending
        self.state.profile = profile
        self.state.hmac_key = hmac_key
        self.state.domains = list(domains)
        self.state.email = email
        self.services.settings.setValue("profile/last", profile.name)

    def commit_failed(self, exc: BaseException) -> None:
        self.findings_view.show()
        self.show_error(exc)
