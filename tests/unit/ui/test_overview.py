"""The first page's overview: certificates of every known folder, and a failed renewal said
in words, without holding the wizard up."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from pytestqt.qtbot import QtBot

from certbot_assistant.core.renewal.schedule import Scheduler
from certbot_assistant.ui.pages.situation import SituationPage
from certbot_assistant.ui.services import Services
from certbot_assistant.ui.state import PageId
from certbot_assistant.ui.wizard import AssistantWizard
from tests.helpers.synthetic import add_account, add_lineage

SERVER = "https://one.digicert.com/mpki/api/v1/acme/v2/directory"
FAILED = (
    "2026-12-01 03:00:02,100:DEBUG:certbot._internal.display.obj:Notifying user: "
    "Processing {cfg}/renewal/www.example.test.conf\n"
    "2026-12-01 03:00:09,300:ERROR:certbot._internal.renewal:Failed to renew certificate "
    "www.example.test with error: Connection refused\n"
)


def test_the_overview_lists_certificates_and_says_a_renewal_failed(
    qtbot: QtBot, unit_services: Services, tmp_path: Path
) -> None:
    cfg = tmp_path / "Certbot"
    add_lineage(cfg, "www.example.test", SERVER, add_account(cfg, SERVER))
    (cfg / "logs").mkdir(exist_ok=True)
    (cfg / "logs" / "letsencrypt.log").write_text(FAILED.format(cfg=cfg))
    services = dataclasses.replace(
        unit_services,
        scheduler_factory=lambda: Scheduler(
            windows=False, unit_dir=tmp_path / "units", system_unit_dirs=(),
            cron_dir=tmp_path / "cron",
        ),
    )  # fmt: skip
    wizard = AssistantWizard(services)
    qtbot.addWidget(wizard)
    wizard.ensure_pages()
    page = wizard.page_for(PageId.SITUATION)
    assert isinstance(page, SituationPage)
    page.initializePage()
    assert page.isComplete()  # the overview never holds the first step up
    qtbot.waitUntil(lambda: not page.overview.loading, timeout=10_000)
    tree = page.overview.tree
    assert tree.topLevelItemCount() == 1
    folder = tree.topLevelItem(0)
    assert folder.text(0) == str(cfg) and folder.childCount() == 1
    cert = folder.child(0)
    assert cert.text(0) == "www.example.test"
    assert "failed" in cert.text(2) and cert.font(2).bold()
    assert cert.toolTip(2) == "Connection refused"
    assert "failed to renew" in page.overview.note.text()
