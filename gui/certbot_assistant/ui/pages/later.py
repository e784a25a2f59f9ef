"""The pages after the first, imported by name in code so the freezer sees every one.

The wizard shows its first page before these modules load (they pull in every check's code), so
they are imported in a function, off the UI thread; but each import is a plain ``from … import``
statement, which PyInstaller finds, never a module name in a string (the frozen app once shipped
without six of them).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from certbot_assistant.ui.pages.base import AssistantPage
    from certbot_assistant.ui.state import PageId


def later_page_classes() -> dict[PageId, type[AssistantPage]]:
    """Every page after the situation page, by its id, in the wizard's order."""
    from certbot_assistant.ui.pages.certbot_page import CertbotPage
    from certbot_assistant.ui.pages.certcentral_page import CertCentralPage
    from certbot_assistant.ui.pages.config_dir_page import ConfigDirPage
    from certbot_assistant.ui.pages.credential_page import CredentialPage
    from certbot_assistant.ui.pages.done_page import DonePage
    from certbot_assistant.ui.pages.review_page import ReviewPage
    from certbot_assistant.ui.pages.run_page import RunPage
    from certbot_assistant.ui.pages.server_page import ServerPage
    from certbot_assistant.ui.state import PageId

    return {
        PageId.CERTBOT: CertbotPage,
        PageId.CREDENTIAL: CredentialPage,
        PageId.CONFIG_DIR: ConfigDirPage,
        PageId.CERTCENTRAL: CertCentralPage,
        PageId.SERVER: ServerPage,
        PageId.REVIEW: ReviewPage,
        PageId.RUN: RunPage,
        PageId.DONE: DonePage,
    }
