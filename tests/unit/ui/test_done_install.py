"""The Done page's last step: "Install for IIS site X", and later renewals repeat it.

The store and IIS are the fakes of tests/helpers/deploy_fakes.py (Wine has no IIS; the real
store is reached in tests/windows/test_cert_store.py); the page, the step, the remembered
targets and the renewal conf are real.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from pytestqt.qtbot import QtBot

from certbot_assistant.core.certificates.deploy import remembered_targets
from certbot_assistant.core.certificates.pkcs12 import read_lineage
from certbot_assistant.core.configdir.renewal_conf import renew_hook_of
from certbot_assistant.core.run.certbot_run import RunResult
from certbot_assistant.ui.pages.done_page import DonePage
from certbot_assistant.ui.services import Services
from certbot_assistant.ui.state import PageId, Scenario
from certbot_assistant.ui.wizard import AssistantWizard
from tests.helpers.deploy_fakes import FakeBindings, FakeStore
from tests.helpers.synthetic import add_account, add_lineage, make_cert_pem

DIGICERT = "https://one.digicert.com/mpki/api/v1/acme/v2/directory"
NAME = "www.example.test"


def _done_page(
    qtbot: QtBot, services: Services, tmp_path: Path, fresh: bool = True
) -> tuple[AssistantWizard, DonePage, Path]:
    cfg = tmp_path / "Certbot"
    if fresh:
        pem = make_cert_pem([NAME], dt.datetime.now(dt.UTC) + dt.timedelta(days=90))
        add_lineage(cfg, NAME, DIGICERT, add_account(cfg, DIGICERT), pem=pem)
    wizard = AssistantWizard(services)
    qtbot.addWidget(wizard)
    wizard.ensure_pages()
    wizard.state.scenario = Scenario.NEW
    wizard.state.config_dir = cfg
    live = cfg / "live" / NAME
    wizard.state.run_result = RunResult(
        0, False, False, [], "", "", [], live / "fullchain.pem", live / "privkey.pem"
    )
    page = wizard.page_for(PageId.DONE)
    assert isinstance(page, DonePage)
    page.initializePage()
    qtbot.waitUntil(lambda: not page.busy, timeout=10_000)
    return wizard, page, cfg


def test_install_for_an_iis_site_and_renewals_repeat_it(
    qtbot: QtBot, unit_services: Services, tmp_path: Path, language: str
) -> None:
    store, bindings = FakeStore(), FakeBindings()
    services = dataclasses.replace(
        unit_services,
        windows=True,
        certificate_store=lambda: store,
        binding_manager=lambda: bindings,
        served_check=bindings.served,
    )
    wizard, page, cfg = _done_page(qtbot, services, tmp_path)
    assert page.install_box.isVisibleTo(page)
    assert page.install_target.currentData() == "Default Web Site"
    assert "Default Web Site" in page.install_target.currentText()
    assert page.install_hook.isChecked() and not page.install_folder.isVisibleTo(page)
    page.install_button.click()
    qtbot.waitUntil(lambda: not page.busy, timeout=10_000)

    new = read_lineage(cfg, NAME).thumbprint
    assert [f.id for f in page.findings] == ["certificate-deployed"]
    assert bindings.bound == {"www.example.test:443": new, "new.example.test:443": new}
    assert "OLD" in store.certs  # kept for a rollback
    remembered = remembered_targets(cfg, NAME)
    assert remembered is not None and remembered.iis_site == "Default Web Site"
    hook = renew_hook_of(cfg / "renewal" / f"{NAME}.conf")
    assert hook is not None and "deploy" in hook and str(cfg) in hook
    assert page.install_result.text()
    if language == "ja":
        assert "Install" not in page.install_button.text()
    wizard.close()


def test_a_folder_install_on_linux_asks_for_the_folder_first(
    qtbot: QtBot, unit_services: Services, tmp_path: Path
) -> None:
    wizard, page, cfg = _done_page(qtbot, unit_services, tmp_path)
    assert page.install_target.count() == 1  # no IIS, no Windows store: a folder
    assert page.install_folder.isVisibleTo(page) and not page.install_button.isEnabled()
    target = tmp_path / "nginx-certs"
    page.install_folder.setText(str(target))
    page.install_hook.setChecked(False)
    assert page.install_button.isEnabled()
    page.install_button.click()
    qtbot.waitUntil(lambda: not page.busy, timeout=10_000)
    assert [f.id for f in page.findings] == ["certificate-deployed"]
    assert (target / "fullchain.pem").read_bytes() == (
        cfg / "live" / NAME / "fullchain.pem"
    ).read_bytes()
    assert renew_hook_of(cfg / "renewal" / f"{NAME}.conf") is None
    wizard.close()


def test_done_says_when_the_server_still_serves_an_older_certificate(
    qtbot: QtBot, unit_services: Services, tmp_path: Path
) -> None:
    """The installed-certificate check runs on Done too (it was diagnose's and the renewal
    task's only): a binding remembered for the lineage that serves another certificate."""
    from certbot_assistant.core.certificates.deploy import DeployTargets, remember_targets

    bindings = FakeBindings()  # www.example.test:443 serves "OLD"
    services = dataclasses.replace(unit_services, served_check=bindings.served)
    cfg = tmp_path / "Certbot"
    pem = make_cert_pem([NAME], dt.datetime.now(dt.UTC) + dt.timedelta(days=90))
    add_lineage(cfg, NAME, DIGICERT, add_account(cfg, DIGICERT), pem=pem)
    remember_targets(cfg, NAME, DeployTargets(bindings=("www.example.test:443",)))
    _wizard, page, _cfg = _done_page(qtbot, services, tmp_path, fresh=False)
    assert "served-certificate-stale" in [f.id for f in page.findings]


def test_check_an_existing_setup_ends_with_the_installed_certificate_check(
    qtbot: QtBot, unit_services: Services, tmp_path: Path
) -> None:
    from certbot_assistant.core.certificates.deploy import DeployTargets, remember_targets

    bindings = FakeBindings()
    services = dataclasses.replace(unit_services, served_check=bindings.served)
    cfg = tmp_path / "Certbot"
    pem = make_cert_pem([NAME], dt.datetime.now(dt.UTC) + dt.timedelta(days=90))
    add_lineage(cfg, NAME, DIGICERT, add_account(cfg, DIGICERT), pem=pem)
    remember_targets(cfg, NAME, DeployTargets(bindings=("www.example.test:443",)))
    wizard = AssistantWizard(services)
    qtbot.addWidget(wizard)
    wizard.ensure_pages()
    wizard.state.scenario = Scenario.CHECK
    wizard.state.config_dir = cfg
    page = wizard.page_for(PageId.DONE)
    assert isinstance(page, DonePage)
    page.initializePage()
    qtbot.waitUntil(lambda: "served-certificate-stale" in [f.id for f in page.findings])


def test_the_services_found_here_are_offered_with_their_current_certificate(
    qtbot: QtBot, unit_services: Services, tmp_path: Path, language: str
) -> None:
    from certbot_assistant.core.windows.service_targets import SQL_INSTANCES, SQL_ROOT, ServiceHost
    from tests.helpers.service_fakes import FakeRegistry, FakeShell

    store, bindings = FakeStore(), FakeBindings()
    registry = FakeRegistry({SQL_INSTANCES: {"MSSQLSERVER": "MSSQL16.MSSQLSERVER"},
                             rf"{SQL_ROOT}\MSSQL16.MSSQLSERVER\MSSQLServer\SuperSocketNetLib": {}})  # fmt: skip
    shell = FakeShell(rdp="AB" * 20)
    services = dataclasses.replace(
        unit_services,
        windows=True,
        certificate_store=lambda: store,
        binding_manager=lambda: bindings,
        served_check=bindings.served,
        service_host=lambda: ServiceHost(registry, shell),
    )
    _wizard, page, cfg = _done_page(qtbot, services, tmp_path)
    items = {page.install_target.itemData(i): page.install_target.itemText(i)
             for i in range(page.install_target.count())}  # fmt: skip
    assert "service:rdp" in items and "service:sql:MSSQLSERVER" in items, items
    if language == "en":
        assert items["service:rdp"] == "Remote Desktop (a certificate not in the machine store)"
        assert (
            items["service:sql:MSSQLSERVER"]
            == "SQL Server instance MSSQLSERVER (no certificate yet)"
        )
    else:
        assert "Remote Desktop" not in items["service:rdp"]  # translated
    page.install_target.setCurrentIndex(page.install_target.findData("service:rdp"))
    page.install_button.click()
    qtbot.waitUntil(lambda: not page.busy, timeout=10_000)
    new = read_lineage(cfg, NAME).thumbprint
    assert shell.rdp == new and "service-target-updated" in [f.id for f in page.findings]
    remembered = remembered_targets(cfg, NAME)
    assert remembered is not None and remembered.services == ("rdp",)
