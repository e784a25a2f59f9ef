"""Driving the real wizard with pytest-qt: clicks on its buttons, waits on its state, no sleeps."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWizard
from pytestqt.qtbot import QtBot

from certbot_assistant.ui.pages.base import AssistantPage
from certbot_assistant.ui.services import Services
from certbot_assistant.ui.state import PageId
from certbot_assistant.ui.wizard import AssistantWizard

LONG = 120_000


def open_wizard(services: Services) -> Iterator[AssistantWizard]:
    """A shown wizard for a fixture (``yield from open_wizard(services)``), closed afterwards
    without its leave question."""
    wizard = AssistantWizard(services)
    wizard.show()
    yield wizard
    wizard.confirm_leave = lambda: True  # type: ignore[method-assign]
    wizard.close()
    wizard.deleteLater()


class WizardDriver:
    def __init__(self, qtbot: QtBot, wizard: AssistantWizard) -> None:
        self.qtbot = qtbot
        self.wizard = wizard

    @property
    def page(self) -> AssistantPage:
        return self.wizard.currentPage()  # type: ignore[return-value]

    def page_is(self, page_id: PageId) -> bool:
        return self.wizard.currentId() == int(page_id)

    def wait_complete(self, timeout: int = LONG) -> None:
        page = self.page
        self.qtbot.waitUntil(lambda: not page.busy and page.isComplete(), timeout=timeout)

    def wait_idle(self, timeout: int = LONG) -> None:
        page = self.page
        self.qtbot.waitUntil(lambda: not page.busy, timeout=timeout)

    def next(self, expect: PageId, timeout: int = LONG) -> None:
        """Click Next (as a user would) and wait for ``expect`` to be the current page."""
        self.wait_complete(timeout)
        button = self.wizard.button(QWizard.WizardButton.NextButton)
        assert button.isEnabled(), f"Next is disabled on {self.page.objectName()}"
        self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        self.qtbot.waitUntil(lambda: self.page_is(expect), timeout=timeout)

    def back(self, expect: PageId) -> None:
        self.qtbot.mouseClick(
            self.wizard.button(QWizard.WizardButton.BackButton), Qt.MouseButton.LeftButton
        )
        self.qtbot.waitUntil(lambda: self.page_is(expect))

    def fix_button(self, finding_id: str, text: str | None = None) -> QPushButton:
        buttons = [
            b
            for b in self.page.findings_view.findChildren(QPushButton)
            if b.objectName().startswith(f"fix-{finding_id}-")
            and (text is None or b.text() == text)
        ]
        assert buttons, f"no fix button for {finding_id}"
        return buttons[0]

    def finding_ids(self) -> list[str]:
        return [f.id for f in self.page.findings]


def to_demo_config_dir(
    qtbot: QtBot, wizard: AssistantWizard, scenario: str, profile: str
) -> WizardDriver:
    """From the first page to the config-dir page in demo mode: the situation picked, the
    demo profile chosen, www.example.com typed."""
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QRadioButton

    driver = WizardDriver(qtbot, wizard)
    radio = wizard.page_for(PageId.SITUATION).findChild(QRadioButton, f"scenario-{scenario}")
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(8, radio.height() // 2))
    driver.next(PageId.CERTBOT)
    driver.next(PageId.CREDENTIAL)
    driver.wait_idle()
    driver.page.select_profile(profile)  # type: ignore[attr-defined]
    driver.wait_idle()
    qtbot.keyClicks(driver.page.domains_edit, "www.example.com")  # type: ignore[attr-defined]
    driver.next(PageId.CONFIG_DIR)
    driver.wait_idle()
    return driver
