"""The wizard end to end, one test per path (issue #5): real certbot, real Pebble with EAB, the
real Secret Service and the fake CertCentral, driven with pytest-qt like a user would."""

from __future__ import annotations

import shutil
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox, QWizard
from pytestqt.qtbot import QtBot

from certbot_assistant.core.configdir.marker import read_marker, record_account
from certbot_assistant.core.configdir.profiles import Profile
from certbot_assistant.core.renewal.schedule import parse_unit_or_cron
from certbot_assistant.core.system.private_temp import private_temp_dir
from certbot_assistant.demo.fake_certcentral import CREDENTIAL_NAME, DEMO_API_KEY, FakeCertCentral
from certbot_assistant.ui import pages as _pages  # noqa: F401
from certbot_assistant.ui.services import Services
from certbot_assistant.ui.state import PageId, Scenario, WizardState
from certbot_assistant.ui.wizard import AssistantWizard
from tests.helpers.certbot import dirs_args, run_certbot
from tests.helpers.pebble import EAB_KEYS, Pebble, free_port
from tests.helpers.wizard_driver import WizardDriver

from .conftest import files_containing

pytestmark = pytest.mark.e2e
NAME = "www.example.com"


@pytest.fixture
def wizard(qtbot: QtBot, services: Services) -> Iterator[AssistantWizard]:
    window = AssistantWizard(services)
    window.show()
    yield window
    # Closed here, not by qtbot: closing mid-path asks for confirmation, answered yes.
    window.run_page.stop_run()
    qtbot.waitUntil(lambda: not window.run_page.running, timeout=30_000)
    window.confirm_leave = lambda: True  # type: ignore[method-assign]
    window.close()
    window.deleteLater()


def issue_with_certbot(certbot: Path, pebble: Pebble, cfg: Path, kid: str, tmp: Path) -> str:
    """A config dir made by certbot itself, the way an admin did it before the assistant."""
    ini = tmp / f"{kid}.ini"
    ini.write_text(f"eab-kid = {kid}\neab-hmac-key = {EAB_KEYS[kid]}\n")
    result = run_certbot(
        certbot,
        ["certonly", "-n", "--agree-tos", "--register-unsafely-without-email", "--standalone",
         "--http-01-port", str(free_port()), "-d", NAME, "--server", pebble.directory_url,
         *dirs_args(cfg), "-c", str(ini)],
        ca_bundle=pebble.cert_path,
    )  # fmt: skip
    assert result.returncode == 0, result.output
    (account,) = [p.parent.name for p in (cfg / "accounts").rglob("regr.json")]
    return account


def choose_scenario(driver: WizardDriver, scenario: Scenario) -> None:
    button = driver.wizard.page_for(PageId.SITUATION).findChild(
        _radio_type(), f"scenario-{scenario.value}"
    )
    # Click on the radio indicator itself, at the left edge, as a user aims for it.
    driver.qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
    assert driver.wizard.state.scenario is scenario


def _radio_type():  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QRadioButton

    return QRadioButton


def fill_new_credential(driver: WizardDriver, pebble: Pebble, name: str, kid: str) -> None:
    page = driver.page
    driver.wait_idle()
    page.profile_combo.setCurrentIndex(0)  # New credential…
    driver.qtbot.keyClicks(page.name_edit, name)
    driver.qtbot.keyClicks(page.url_edit, pebble.directory_url)
    driver.qtbot.keyClicks(page.kid_edit, kid)
    driver.qtbot.keyClicks(page.hmac_edit, EAB_KEYS[kid])
    driver.qtbot.keyClicks(page.credential_edit, CREDENTIAL_NAME)
    driver.qtbot.keyClicks(page.domains_edit, NAME)


def choose_profile(driver: WizardDriver, name: str) -> None:
    page = driver.page
    driver.wait_idle()
    page.select_profile(name)
    driver.wait_idle()
    if not page.domains_edit.text():
        driver.qtbot.keyClicks(page.domains_edit, NAME)


def store_api_key(driver: WizardDriver) -> None:
    page = driver.page
    driver.wait_idle()
    if not page.api_key:
        driver.qtbot.keyClicks(page.key_edit, DEMO_API_KEY)
        driver.qtbot.mouseClick(page.save_key_button, Qt.MouseButton.LeftButton)
    driver.qtbot.waitUntil(
        lambda: page.state.certcentral is not None and not page.busy, timeout=30_000
    )


def through_server_and_run(driver: WizardDriver) -> None:
    driver.next(PageId.SERVER)
    driver.wait_idle()
    driver.page.port_spin.setValue(free_port())
    driver.next(PageId.REVIEW)
    command = driver.page.command.toPlainText()
    assert "--eab-hmac-key ********" in command
    assert not any(key in command for key in EAB_KEYS.values())
    driver.next(PageId.RUN)
    driver.qtbot.waitUntil(lambda: driver.page_is(PageId.DONE), timeout=120_000)


def test_new_certificate_into_a_new_config_dir(
    qtbot: QtBot, wizard: AssistantWizard, services: Services, pebble: Pebble, tmp_path: Path
) -> None:
    driver = WizardDriver(qtbot, wizard)
    choose_scenario(driver, Scenario.NEW)
    driver.next(PageId.CERTBOT)
    driver.next(PageId.CREDENTIAL)
    fill_new_credential(driver, pebble, "Web servers", "kid-1")
    driver.next(PageId.CONFIG_DIR)
    driver.wait_idle()
    assert wizard.state.config_dir == tmp_path / "Certbot"
    assert driver.finding_ids() == ["config-dir-missing"]
    driver.next(PageId.CERTCENTRAL)
    store_api_key(driver)
    assert driver.finding_ids() == ["no-challenge-needed"]  # OV, every name validated
    through_server_and_run(driver)
    result = wizard.state.run_result
    assert result is not None and result.succeeded
    assert (tmp_path / "Certbot" / "live" / NAME / "cert.pem").exists()
    marker = read_marker(tmp_path / "Certbot")
    assert marker is not None and [a.eab_kid for a in marker.accounts] == ["kid-1"]
    summary = driver.page.findChild(_label_type(), "doneSummary")
    qtbot.waitUntil(lambda: "Valid until" in summary.text())
    # Renewal: the new folder gets its own timer (KB 1/2 folders are not covered by plain renew).
    done = driver.page
    qtbot.mouseClick(done.schedule_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "twice a day" in done.schedule_result.text(), timeout=10_000)
    units = sorted(p.name for p in (tmp_path / "systemd").iterdir())
    assert len(units) == 2 and units[0].endswith(".service") and units[1].endswith(".timer")
    service = (tmp_path / "systemd" / units[0]).read_text()
    # The timer runs certbot through the assistant, which reports to the journal afterwards.
    assert f"--config-dir {tmp_path / 'Certbot'}" in service
    assert "-m certbot_assistant renew --certbot" in service
    (task,) = parse_unit_or_cron(service, units[0], "systemd")
    assert task.watched and task.config_dir == str(tmp_path / "Certbot")
    # Against Pebble a renewal dry run is harmless, so it really runs.
    qtbot.mouseClick(done.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "dry run" in done.test_result.text(), timeout=60_000)
    assert done.test_result.text() == "The renewal dry run succeeded.", (
        done.test_output.toPlainText()
    )
    assert "Congratulations, all simulated renewals succeeded" in done.test_output.toPlainText()
    assert "twice a day" in done.schedule_result.text()  # the scheduling message stays
    # The secrets went to the keyring only.
    assert services.secrets.read_hmac("kid-1") == EAB_KEYS["kid-1"]
    assert files_containing([tmp_path], EAB_KEYS["kid-1"].encode()) == []
    report = wizard.report_text()
    assert EAB_KEYS["kid-1"] not in report and DEMO_API_KEY not in report
    assert "run-succeeded" in report


def _label_type():  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel

    return QLabel


def test_kb1_old_account_is_found_and_a_new_dir_gets_the_new_kid(
    qtbot: QtBot,
    wizard: AssistantWizard,
    services: Services,
    certbot_exe: Path,
    pebble: Pebble,
    tmp_path: Path,
) -> None:
    old_dir = tmp_path / "Certbot"
    account = issue_with_certbot(certbot_exe, pebble, old_dir, "kid-1", tmp_path)
    record_account(old_dir, pebble.directory_url, "kid-1", account)
    services.secrets.store_hmac("kid-2", EAB_KEYS["kid-2"])
    services.profiles.add(
        Profile("New KID", pebble.directory_url, "kid-2", acme_credential_name=CREDENTIAL_NAME)
    )
    driver = WizardDriver(qtbot, wizard)
    choose_scenario(driver, Scenario.OLD_URL)
    driver.next(PageId.CERTBOT)
    driver.next(PageId.CREDENTIAL)
    choose_profile(driver, "New KID")
    driver.next(PageId.CONFIG_DIR)
    driver.wait_idle()
    assert wizard.state.config_dir == old_dir
    # Its certificate renews by no scheduled task either (the KB 1 folder was set up by hand).
    assert driver.finding_ids() == ["account-kid-mismatch", "renewal-not-scheduled"]
    assert not driver.page.isComplete()  # certbot would ignore kid-2: Next is blocked
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    detail = driver.page.findings[0].detail()
    assert "kid-1" in detail and "kid-2" in detail
    qtbot.mouseClick(driver.fix_button("account-kid-mismatch"), Qt.MouseButton.LeftButton)
    driver.wait_idle()
    new_dir = wizard.state.config_dir
    assert new_dir is not None and new_dir != old_dir and new_dir.name.startswith("Certbot-")
    driver.next(PageId.CERTCENTRAL)
    store_api_key(driver)
    through_server_and_run(driver)
    marker = read_marker(new_dir)
    assert marker is not None and [a.eab_kid for a in marker.accounts] == ["kid-2"]
    old_marker = read_marker(old_dir)
    assert old_marker is not None and [a.eab_kid for a in old_marker.accounts] == ["kid-1"]


def test_kb2_revoked_credential_old_dir_backed_up_and_removed(
    qtbot: QtBot,
    wizard: AssistantWizard,
    services: Services,
    certbot_exe: Path,
    pebble: Pebble,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    old_dir = tmp_path / "Certbot"
    account = issue_with_certbot(certbot_exe, pebble, old_dir, "kid-1", tmp_path)
    record_account(old_dir, pebble.directory_url, "kid-1", account)
    # The old ACME account is deactivated at the CA; its files stay on disk (KB 2).
    copy = tmp_path / "deactivate"
    shutil.copytree(old_dir, copy, symlinks=True)
    gone = run_certbot(certbot_exe, ["unregister", "-n", "--server", pebble.directory_url,
                                     *dirs_args(copy)], ca_bundle=pebble.cert_path)  # fmt: skip
    assert gone.returncode == 0, gone.output
    services.secrets.store_hmac("kid-1", EAB_KEYS["kid-1"])
    services.profiles.add(
        Profile("Old URL", pebble.directory_url, "kid-1", acme_credential_name="Old ACME URL")
    )
    driver = WizardDriver(qtbot, wizard)
    choose_scenario(driver, Scenario.REVOKED)
    driver.next(PageId.CERTBOT)
    driver.next(PageId.CREDENTIAL)
    choose_profile(driver, "Old URL")
    driver.next(PageId.CONFIG_DIR)
    driver.wait_idle()
    driver.next(PageId.CERTCENTRAL)
    store_api_key(driver)
    assert "acme-credential-revoked" in driver.finding_ids()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    # The admin created a new ACME directory URL in CertCentral: enter it as a new credential.
    driver.back(PageId.CONFIG_DIR)
    driver.back(PageId.CREDENTIAL)
    fill_new_credential(driver, pebble, "New URL", "kid-2")
    driver.next(PageId.CONFIG_DIR)
    driver.wait_idle()
    assert wizard.state.config_dir == old_dir
    assert driver.finding_ids() == ["account-kid-mismatch", "renewal-not-scheduled"]
    archive = tmp_path / "backups" / "Certbot-old.zip"
    archive.parent.mkdir()
    page = driver.page
    monkeypatch.setattr(page, "ask_archive_path", lambda folder: archive)
    asked: list[str] = []
    monkeypatch.setattr(page, "confirm", lambda text: asked.append(text) or True)
    qtbot.mouseClick(page.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not old_dir.exists() and not page.busy, timeout=30_000)
    assert str(old_dir) in asked[0] and str(archive) in asked[0]
    with zipfile.ZipFile(archive) as zf:
        assert zf.testzip() is None
        names = zf.namelist()
    assert any(n.endswith("regr.json") for n in names)
    assert "certbot-assistant.json" in names
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    driver.wait_idle()
    new_dir = wizard.state.config_dir
    assert new_dir is not None and new_dir != old_dir
    driver.next(PageId.CERTCENTRAL)
    store_api_key(driver)
    assert driver.finding_ids() == ["no-challenge-needed"]  # OV, every name validated
    through_server_and_run(driver)
    marker = read_marker(new_dir)
    assert marker is not None and [a.eab_kid for a in marker.accounts] == ["kid-2"]


def test_kb3_pending_request_approved_from_the_wizard(
    qtbot: QtBot,
    wizard: AssistantWizard,
    services: Services,
    pebble: Pebble,
    fake_certcentral: FakeCertCentral,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fake_certcentral.set_scenarios(["pending-30h"])
    driver = WizardDriver(qtbot, wizard)
    choose_scenario(driver, Scenario.TIMEOUT)
    driver.next(PageId.CERTBOT)
    driver.next(PageId.CREDENTIAL)
    fill_new_credential(driver, pebble, "Web servers", "kid-1")
    driver.next(PageId.CERTCENTRAL)  # KB 3 goes to CertCentral right after the credential
    store_api_key(driver)
    assert driver.finding_ids() == [
        "request-pending-over-24h",
        "approval-step-may-be-required",
        "no-challenge-needed",
    ]
    page = driver.page
    shown: list[tuple[int, str]] = []
    monkeypatch.setattr(
        page, "confirm_request", lambda summary, status: shown.append((summary.id, status)) or True
    )
    qtbot.mouseClick(
        driver.fix_button("request-pending-over-24h", "Approve…"), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(
        lambda: shown != [] and not page.busy and driver.finding_ids() == ["no-challenge-needed"],
        timeout=30_000,
    )
    assert shown == [(199, "approved")]
    puts = [r for r in fake_certcentral.recorded if r.method == "PUT"]
    assert [r.path for r in puts] == ["/services/v2/request/199/status"]
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_cancel_in_the_middle_of_a_run(
    qtbot: QtBot,
    wizard: AssistantWizard,
    pebble: Pebble,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    hook_pid = tmp_path / "hook.pid"
    original = WizardState.run_request

    def with_slow_hook(state):  # type: ignore[no-untyped-def]
        request = original(state)
        args_for = request.args_for
        hook = f"echo $$ > {hook_pid}; exec sleep 300"
        return type(request)(**{**request.__dict__,
                                "args_for": lambda ini: [*args_for(ini), "--pre-hook", hook]})  # fmt: skip

    monkeypatch.setattr(WizardState, "run_request", with_slow_hook)
    driver = WizardDriver(qtbot, wizard)
    choose_scenario(driver, Scenario.NEW)
    driver.next(PageId.CERTBOT)
    driver.next(PageId.CREDENTIAL)
    fill_new_credential(driver, pebble, "Web servers", "kid-1")
    driver.next(PageId.CONFIG_DIR)
    driver.next(PageId.CERTCENTRAL)
    driver.wait_idle()
    driver.next(PageId.SERVER)
    driver.wait_idle()
    driver.page.port_spin.setValue(free_port())
    driver.next(PageId.REVIEW)
    driver.next(PageId.RUN)
    page = driver.page
    qtbot.waitUntil(hook_pid.exists, timeout=60_000)
    child = int(hook_pid.read_text().strip() or 0)
    certbot_pid = int(Path(f"/proc/{child}/stat").read_text().rsplit(")", 1)[1].split()[1])
    assert certbot_pid and Path(f"/proc/{child}").exists()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    monkeypatch.setattr(QMessageBox, "exec", lambda _box: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.busy_cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.running, timeout=30_000)
    result = wizard.state.run_result
    assert result is not None and result.cancelled
    assert [f.id for f in page.findings] == ["run-cancelled"]
    assert "You stopped Certbot" in page.subTitle()  # said as the user's stop, not a failure
    marks = [label.text()[0] for label in page.stage_labels.values()]
    assert marks.count("■") == 1 and "✓" not in marks[marks.index("■") :], marks
    assert "✗" not in marks
    stopped = next(label for label in page.stage_labels.values() if label.text()[0] == "■")
    assert stopped.accessibleName().endswith(": you stopped Certbot here")
    for pid in (certbot_pid, child):
        stat = Path(f"/proc/{pid}/stat")
        assert not stat.exists() or stat.read_text().split()[2] == "Z"
    assert list(private_temp_dir().iterdir()) == []
    assert page.retry_button.isEnabled() and not page.isComplete()
    assert wizard.currentId() == int(PageId.RUN)
