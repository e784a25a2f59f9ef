"""Render every wizard page, in its main states, to PNG in English and Japanese, to look at.

    .venv/bin/python scripts/screenshots.py [--out screenshots] [--lang en ja]

Self-contained: a fake CertCentral, an in-memory keyring, a temporary "default" config dir that
holds an account bound to another KID (KB 1), and certbot output captured from real runs for the
run page. Nothing touches the user's own profiles, keyring or certbot folders.
"""

from __future__ import annotations

import argparse
import os
import socket
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import keyring  # noqa: E402
from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel  # noqa: E402

from certbot_assistant.core.certbot.discovery import (  # noqa: E402
    CertbotInstall,
    DiscoveryEnvironment,
    InstallKind,
    Source,
    install_findings,
)
from certbot_assistant.core.certbot.output_classifier import classify_output  # noqa: E402
from certbot_assistant.core.configdir.marker import record_account  # noqa: E402
from certbot_assistant.core.configdir.profiles import Profile, ProfileStore  # noqa: E402
from certbot_assistant.core.run.certbot_run import RunResult  # noqa: E402
from certbot_assistant.core.secrets import SecretStore  # noqa: E402
from certbot_assistant.demo.fake_certcentral import (  # noqa: E402
    CREDENTIAL_NAME,
    DEMO_API_KEY,
    FakeCertCentral,
)
from certbot_assistant.demo.memory_keyring import MemoryKeyring  # noqa: E402
from certbot_assistant.demo.sample_config_dir import add_account, add_lineage  # noqa: E402
from certbot_assistant.i18n import install_translators  # noqa: E402
from certbot_assistant.ui.services import Services  # noqa: E402
from certbot_assistant.ui.state import PageId, Scenario  # noqa: E402
from certbot_assistant.ui.wizard import AssistantWizard  # noqa: E402
from tests.helpers.deploy_fakes import FakeBindings, FakeStore  # noqa: E402

SERVER = "https://one.digicert.com/mpki/api/v1/acme/v2/directory"
FIXTURES = REPO / "tests" / "fixtures" / "certbot-output" / "5.8.0"


def wait(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_until(predicate: Callable[[], bool], timeout_ms: int = 20000) -> None:
    waited = 0
    while not predicate() and waited < timeout_ms:
        wait(20)
        waited += 20
    wait(150)  # deferred layout passes


class Shots:
    def __init__(self, out: Path, root: Path, fake: FakeCertCentral) -> None:
        self.out, self.root, self.fake = out, root, fake
        self.texts: dict[str, list[str]] = {}
        """Per picture, the words on screen (title, subtitle, labels, buttons), for checks."""
        self.default_dir = root / "Certbot"
        account = add_account(self.default_dir, SERVER, "shots")
        record_account(self.default_dir, SERVER, "OLD-KID-4f2a9c", account)
        add_lineage(self.default_dir, "www.example.co.jp", SERVER, account)
        keyring.set_keyring(MemoryKeyring())
        self.secrets = SecretStore()
        self.secrets.store_api_key("us", DEMO_API_KEY)
        self.secrets.store_hmac("NEW-KID-91bd07", "bm90LWEtcmVhbC1rZXktbm90LWEtcmVhbC1rZXk")
        self.profiles = ProfileStore(root / "profiles.json")
        self.profile = Profile(
            "Web servers OV", SERVER, "NEW-KID-91bd07", "us", None, CREDENTIAL_NAME
        )
        self.profiles.add(self.profile, replace=True)
        self.certbot = root / "bin" / "certbot"
        self.certbot.parent.mkdir(parents=True, exist_ok=True)
        self.certbot.write_text(f"#!{sys.executable}\nprint('certbot 5.8.0')\n")
        self.certbot.chmod(0o755)
        self.windows_server = False
        """Pictures of a Windows server with IIS (the store and IIS are the tests' stand-ins)."""

    def services(self) -> Services:
        settings = QSettings(str(self.root / "settings.ini"), QSettings.Format.IniFormat)
        shared: dict[str, Any] = dict(
            secrets=self.secrets,
            profiles=self.profiles,
            settings=settings,
            discovery=lambda paths: DiscoveryEnvironment(
                windows=False, path_dirs=[self.certbot.parent], user_paths=list(paths)
            ),
            default_config_dir=lambda: self.default_dir,
            certcentral_url=lambda region: self.fake.url,
        )
        if not self.windows_server:
            return Services(**shared, windows=False)
        store, iis = FakeStore(), FakeBindings()
        return Services(
            **shared,
            windows=True,
            certificate_store=lambda: store,
            binding_manager=lambda: iis,
            served_check=iis.served,
        )

    def wizard(self) -> AssistantWizard:
        wizard = AssistantWizard(self.services())
        state = wizard.state
        state.scenario = Scenario.OLD_URL
        state.profile = self.profile
        state.hmac_key = "bm90LWEtcmVhbC1rZXktbm90LWEtcmVhbC1rZXk"
        state.domains = ["www.example.co.jp", "example.co.jp"]
        install = CertbotInstall(
            self.certbot, InstallKind.VENV, (Source.PATH,), "5.8.0", None, False
        )
        state.certbot = install
        state.installs = [install]
        eol = CertbotInstall(
            Path("C:/Program Files/Certbot/bin/certbot.exe"), InstallKind.WINDOWS_INSTALLER,
            (Source.REGISTRY,), "2.9.0", None, True,
        )  # fmt: skip
        state.installs.append(eol.__class__(**{**eol.__dict__, "findings": install_findings(eol)}))
        state.config_dir = self.default_dir
        return wizard

    def shot(
        self,
        lang: str,
        name: str,
        page: PageId,
        prepare: Callable[[AssistantWizard], None] | None = None,
        after: Callable[[AssistantWizard], None] | None = None,
        scenarios: tuple[str, ...] = ("healthy",),
    ) -> None:
        self.fake.set_scenarios(scenarios)
        wizard = self.wizard()
        if prepare:
            prepare(wizard)
        wizard.ensure_pages()
        wizard.setStartId(int(page))
        wizard.resize(960, 680)
        wizard.show()
        wizard.restart()
        current = wizard.currentPage()
        wait_until(lambda: not current.busy)
        if after:
            after(wizard)
            wait_until(lambda: not current.busy)
        wizard.refresh_steps()
        wait(100)
        target = self.out / lang / f"{int(page)}-{name}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        wizard.grab().save(str(target))
        self.texts[f"{lang}/{target.stem}"] = [
            current.title(),
            current.subTitle(),
            *(w.text() for w in wizard.findChildren(QLabel) if w.isVisible()),
            *(w.text() for w in wizard.findChildren(QAbstractButton) if w.isVisible()),
        ]
        print(target)
        wizard.confirm_leave = lambda: True  # type: ignore[method-assign]
        wizard.close()
        wizard.deleteLater()


def run_result(case: str) -> RunResult:
    text = (FIXTURES / f"{case}.txt").read_text()
    code = int(text.splitlines()[0].removeprefix("# exit code "))
    body = "\n".join(text.splitlines()[1:])
    result = RunResult(code, False, False, classify_output(body, code), body, "", ["certbot"])
    for line in body.splitlines():
        if line.startswith("Certificate is saved at:"):
            result.certificate_path = Path(line.split(":", 1)[1].strip())
        if line.startswith("Key is saved at:"):
            result.key_path = Path(line.split(":", 1)[1].strip())
    return result


def all_shots(shots: Shots, lang: str) -> None:
    shots.shot(lang, "situation", PageId.SITUATION)
    shots.shot(lang, "certbot", PageId.CERTBOT,
               after=lambda w: w.page_for(PageId.CERTBOT).tree.setCurrentItem(
                   w.page_for(PageId.CERTBOT).tree.topLevelItem(1)))  # fmt: skip

    def bad_input(w: AssistantWizard) -> None:
        page = w.page_for(PageId.CREDENTIAL)
        page.profile_combo.setCurrentIndex(0)
        page.name_edit.setText("Web servers OV")
        page.url_edit.setText("http://acme.digicert.com/v2/acme/directory/")
        page.kid_edit.setText("NEW-KID-91bd07")
        page.hmac_edit.setText('"pasted with quotes"')
        page.domains_edit.setText("www.例え.jp example.co.jp")

    shots.shot(lang, "credential", PageId.CREDENTIAL, after=bad_input)
    shots.shot(lang, "configdir-kb1", PageId.CONFIG_DIR)
    # An account nothing records the KID of (set up by hand): blocked, with "same credential".
    unrecorded = shots.root / "Certbot-by-hand"
    if not unrecorded.exists():
        add_account(unrecorded, SERVER, "by-hand")
    shots.shot(lang, "configdir-unrecorded", PageId.CONFIG_DIR,
               prepare=lambda w: setattr(w.state, "config_dir", unrecorded))  # fmt: skip
    shots.shot(
        lang,
        "certcentral-kb3",
        PageId.CERTCENTRAL,
        scenarios=("pending-30h", "domain-not-validated", "legacy-credential"),
    )
    shots.shot(lang, "certcentral-clean", PageId.CERTCENTRAL)
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        port = busy.getsockname()[1]
        shots.shot(lang, "server", PageId.SERVER,
                   prepare=lambda w: setattr(w.state, "http01_port", port))  # fmt: skip

        def prevalidated(w: AssistantWizard) -> None:
            """CertCentral said every name is validated for this OV credential: no challenge,
            so the taken port does not matter (DigiCert's main case, an internal server)."""
            from certbot_assistant.core.certcentral.checks import CertCentralReport

            w.state.http01_port = port
            w.state.certcentral = CertCentralReport(
                challenge_needed=False,
                credential={"name": "IIS servers OV", "product_name_id": "ssl_plus"},
            )

        shots.shot(lang, "server-prevalidated", PageId.SERVER, prepare=prevalidated)
    shots.shot(lang, "review", PageId.REVIEW)

    def failed_run(w: AssistantWizard) -> None:
        page = w.page_for(PageId.RUN)
        page.initializePage = lambda: None  # type: ignore[method-assign]
        result = run_result("eab-hmac-invalid")
        page.output.setPlainText(result.stdout)
        page._finished(result)

    shots.shot(lang, "run-failed", PageId.RUN, prepare=failed_run)

    def done(w: AssistantWizard) -> None:
        # The demo's played-back run: real paths, names and expiry, no certbot or ACME server.
        from certbot_assistant.demo.played_run import PlayedCertbotRun

        w.state.config_dir = shots.root / f"Certbot-new-{lang}"
        request = w.state.run_request()
        w.state.run_result = PlayedCertbotRun(request, sandbox=shots.root, line_delay_s=0).run()

    shots.shot(lang, "done", PageId.DONE, prepare=done)

    def install_for_iis(w: AssistantWizard) -> None:
        w.page_for(PageId.DONE).install_button.click()  # type: ignore[attr-defined]

    shots.windows_server = True
    try:
        shots.shot(lang, "done-iis", PageId.DONE, prepare=done, after=install_for_iis)
    finally:
        shots.windows_server = False


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "screenshots")
    parser.add_argument("--lang", nargs="+", default=["en", "ja"])
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    fake = FakeCertCentral().start()
    try:
        with tempfile.TemporaryDirectory(prefix="shots-") as tmp:
            shots = Shots(args.out, Path(tmp), fake)
            installed: list[object] = []
            for lang in args.lang:
                for translator in installed:
                    QCoreApplication.removeTranslator(translator)  # type: ignore[arg-type]
                installed = list(install_translators(app, lang))
                all_shots(shots, lang)
    finally:
        fake.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
