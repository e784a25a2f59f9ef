"""The operations both faces call, built from one ``Services``: the rules live here, once.

A face (a wizard page, a CLI command) asks ``Assistant(services).deploy(context, ...)``; it never
decides for itself whether a folder may be changed or which certbot runs. Demo mode is the case
that makes this matter: its sandbox rule (change nothing outside the demo folder) and its
played-back certbot are applied here, so no face can forget them.
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from certbot_assistant.core import findings as F
from certbot_assistant.core.certbot.command import CertbotDirs
from certbot_assistant.core.certbot.discovery import CertbotInstall, parse_version, probe_version
from certbot_assistant.core.certbot.logs import Redaction, redact_logs
from certbot_assistant.core.certcentral.client import CertCentralClient
from certbot_assistant.core.certificates.deploy import DeployReport
from certbot_assistant.core.configdir.backup import BackupResult
from certbot_assistant.core.configdir.inspection import (
    ConfigDirReport,
    inspect_config_dir,
    suggest_new_dir,
)
from certbot_assistant.core.configdir.marker import record_migrated
from certbot_assistant.core.configdir.profiles import Profile
from certbot_assistant.core.errors import TranslatableError
from certbot_assistant.core.own_command import assistant_command
from certbot_assistant.core.policy import Setting
from certbot_assistant.core.renewal.schedule import RenewalTest, ScheduleError
from certbot_assistant.core.renewal.status import MachineStatus
from certbot_assistant.core.run.certbot_run import (
    RunRefused,
    RunRequest,
    RunResult,
    confirm_same_credential,
)
from certbot_assistant.core.sandbox import within
from certbot_assistant.core.secrets import SecretStoreError
from certbot_assistant.core.services import Services
from certbot_assistant.core.step_context import StepContext
from certbot_assistant.core.steps.certbot import choose_certbot, find_certbots
from certbot_assistant.core.steps.deploy import (
    InstallOutcome,
    InstallRequest,
    InstallRequestError,
    check_installed,
    rollback_certificate,
)
from certbot_assistant.core.steps.deploy import install_certificate as _install_certificate
from certbot_assistant.core.steps.diagnose import DiagnoseRequest, Diagnosis, diagnose
from certbot_assistant.core.steps.migrate import (
    PREFLIGHT_STAGE,
    LineagePlan,
    MigrationPlan,
    lineage_request,
    preflight_migration,
)
from certbot_assistant.core.steps.renewal import (
    RenewalStatus,
    ScheduledRenewal,
    client_for_region,
    renewal_status,
    schedule_renewal,
    status_of_this_machine,
    test_renewal,
)
from certbot_assistant.core.steps.retire import retire_folder
from certbot_assistant.core.steps.run import run_certbot
from certbot_assistant.core.steps.watched_renewal import (
    BeforeRenewal,
    WatchedRenewal,
    checks_before_renewal,
    renew_and_check,
)
from certbot_assistant.core.translation import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)


class OutsideDemoFolder(TranslatableError):
    """Demo mode was asked to change something outside its own folder."""

    context = "Assistant"
    template = QT_TRANSLATE_NOOP(
        "Assistant",
        "Demo mode changes only its own sample folder %1. %2 is outside it; choose a folder "
        "inside the sample folder.",
    )


class DemoPlaysCertbotBack(TranslatableError):
    """Demo mode was asked to start a real certbot."""

    context = "Assistant"
    template = QT_TRANSLATE_NOOP(
        "Assistant",
        "Demo mode plays Certbot back and starts no program; %1 was not started. Leave demo "
        "mode to use it.",
    )


@dataclass
class MigrationResult:
    """What a move did: the lineages now in the new folder, where it stopped, what it found."""

    source: Path
    target: Path
    moved: list[str] = field(default_factory=list)
    not_moved: list[str] = field(default_factory=list)
    findings: list[F.Finding] = field(default_factory=list)
    stopped_at: str | None = None
    scheduled: str | None = None
    retired: BackupResult | None = None

    @property
    def succeeded(self) -> bool:
        return self.stopped_at is None and not self.not_moved


class Assistant:
    """One object per face, built from ``Services``; ``StepContext`` comes first in every
    operation that can take long or be stopped."""

    def __init__(self, services: Services) -> None:
        self.services = services

    def check_may_change(self, *paths: Path | None) -> None:
        """The sandbox rule: raises ``OutsideDemoFolder`` for the first path demo mode may not
        change. Outside demo mode every path may be changed (the OS's rights still apply)."""
        sandbox = self.services.sandbox
        for path in paths:
            if path is not None and sandbox is not None and not self.services.may_change(path):
                log.warning("demo mode refused a change outside its folder: %s", path)
                raise OutsideDemoFolder(sandbox, path)

    def _check_may_start(self, program: Path) -> None:
        if self.services.sandbox is not None:
            raise DemoPlaysCertbotBack(program)

    # config dirs
    def new_config_dir(self, label: str) -> Path:
        """Where a new config dir for ``label`` goes: in the organization's folder for them when
        it set one (not in demo mode, whose folders stay in its own), else beside the default."""
        root = None if self.services.is_demo else self.services.policy().value(Setting.CONFIG_ROOT)
        return suggest_new_dir(
            self.services.default_config_dir(), label, Path(root) if root else None
        )

    def config_root_refuses(self, folder: Path) -> Path | None:
        """The organization's locked folder for new config dirs, when ``folder`` is a new one
        outside it (an existing folder may always be looked at); else None."""
        policy = self.services.policy()
        root = policy.value(Setting.CONFIG_ROOT)
        if root is None or not policy.is_locked(Setting.CONFIG_ROOT) or self.services.is_demo:
            return None
        if folder.exists() or within(folder, Path(root)):
            return None
        return Path(root)

    # certbot
    def certbots(
        self, context: StepContext, named: Path | None = None, paths: Sequence[Path] = ()
    ) -> list[CertbotInstall]:
        """Every certbot this machine has (and demo mode's played-back one); ``paths`` are
        certbots the user pointed at before, looked at again. Demo mode starts none: a named
        one is not even asked its version, the played-back one stands in."""
        if named is not None and self.services.sandbox is not None:
            log.info("demo mode: %s is not started; the played-back certbot is used", named)
            named = None
        return find_certbots(
            context,
            self.services.discovery(paths),
            named=named,
            extra=self.services.extra_installs(),
        )

    def certbot_at(self, context: StepContext, path: Path) -> CertbotInstall:
        """The certbot the user pointed at, probed (its ``--version``)."""
        self._check_may_start(path)
        return find_certbots(context, self.services.discovery([]), named=path)[0]

    def pick_certbot(
        self, context: StepContext, named: Path | None = None
    ) -> tuple[CertbotInstall | None, list[F.Finding]]:
        """The certbot to use (the named one, else the first usable), and what is wrong when
        none can be used."""
        installs = self.certbots(context, named)
        chosen = choose_certbot(installs)
        if chosen is not None:
            return chosen, []
        return None, [f for i in installs for f in i.findings] or [F.make("certbot-not-found")]

    # config dirs
    def confirm_same_credential(self, config_dir: Path, server: str, eab_kid: str) -> str | None:
        """Record that the folder's one unrecorded account uses ``eab_kid`` (writes the
        marker file, so the sandbox rule applies)."""
        self.check_may_change(config_dir)
        return confirm_same_credential(config_dir, server, eab_kid)

    def retire(self, context: StepContext, folder: Path, archive: Path) -> BackupResult:
        """Back up, verify, remove, and drop the task that renewed the folder."""
        self.check_may_change(folder, archive)
        # Demo mode starts no program, icacls included; its sample folder holds no real key.
        return retire_folder(
            context,
            folder,
            archive,
            self.services.scheduler_factory(),
            windows_acl=self.services.sandbox is None,
        )

    def redact_logs(self, folder: Path) -> Redaction:
        self.check_may_change(folder)
        return redact_logs(folder)

    # renewal
    def schedule(self, context: StepContext, certbot: Path, config_dir: Path) -> ScheduledRenewal:
        """A task (or timer) that renews ``config_dir`` twice a day: its name and command."""
        self.check_may_change(config_dir)
        return schedule_renewal(
            context, self.services.scheduler_factory(), certbot, config_dir, assistant_command()
        )

    def unschedule(self, config_dir: Path) -> bool:
        self.check_may_change(config_dir)
        return self.services.scheduler_factory().unschedule(config_dir)

    def renewal_status(self, context: StepContext, config_dir: Path) -> RenewalStatus:
        return renewal_status(
            context,
            self.services.scheduler_factory(),
            config_dir,
            self.services.default_config_dir(),
        )

    # runs
    def run(self, context: StepContext, request: RunRequest) -> RunResult:
        """Certbot with ``request``; in demo mode it is played back (``Services.run_factory``)
        and only inside the demo folder."""
        self.check_may_change(request.dirs.config_dir)
        return run_certbot(
            context, request, self.services.run_factory, self.services.folders_registry()
        )

    def test_renewal(
        self, context: StepContext, certbot: Path, config_dir: Path, *, allow_dry_run: bool
    ) -> RenewalTest:
        tester = self.services.renewal_tester
        if tester is not None:
            return tester(context, certbot, config_dir, allow_dry_run)
        return test_renewal(context, certbot, config_dir, allow_dry_run=allow_dry_run)

    def renew(
        self,
        context: StepContext,
        certbot: Path,
        dirs: CertbotDirs,
        extra_args: Sequence[str] = (),
    ) -> WatchedRenewal:
        """What the scheduled renewal task runs: CertCentral checked first (with the machine's
        key), certbot renew, the checks after it, the events."""
        self.check_may_change(dirs.config_dir, dirs.work_dir, dirs.logs_dir)
        before = self._before_renewal(context, certbot, dirs.config_dir)
        return renew_and_check(
            context,
            certbot,
            dirs,
            sink=self.services.event_sink(),
            extra_args=extra_args,
            store=self.services.certificate_store(),
            check=self.services.served_check,
            mail_settings=self.services.mail_settings_path(),
            policy=self.services.policy(),
            program=self.services.renew_program,
            before=before,
        )

    def _before_renewal(
        self, context: StepContext, certbot: Path, config_dir: Path
    ) -> BeforeRenewal:
        """The CertCentral checks before certbot, when the machine has a key for the region
        the folder's marker names (and which credential); otherwise none, as a logged note."""
        report = inspect_config_dir(config_dir, None, None, scan_platform_logs=False)
        link = report.marker.certcentral if report.marker else None
        make_client = (
            client_for_region(self.services, link.region, user_key=False) if link else None
        )
        version = None
        if make_client is not None and self.services.sandbox is not None:
            version = next((i.version_tuple for i in self.services.extra_installs()), None)
        elif make_client is not None:
            probe = probe_version(certbot)  # certbot's rule for the renewal date is by version
            version = parse_version(probe.version) if probe.version else None
        return checks_before_renewal(
            context,
            report.lineages,
            certbot_version=version,
            make_client=make_client,
            credential=link.credential if link else None,
            ari=self.services.ari_reader() if make_client is not None else None,
        )

    # moving a folder to the new credential
    def migrate(
        self,
        context: StepContext,
        plan: MigrationPlan,
        certbot: CertbotInstall,
        *,
        archive: Path | None = None,
        email: str | None = None,
    ) -> MigrationResult:
        """Order every movable lineage of ``plan`` again in its new folder, one at a time,
        recording each in the new folder's marker; then install each where the old one was
        installed, schedule the new folder and drop the old one's task. The old folder is
        retired (backed up, verified, removed) only when every lineage moved and ``archive``
        is given. A failure or a stop ends the move with the old folder untouched; the same
        move run again goes on from there."""
        self.check_may_change(plan.target, archive, plan.source if archive else None)
        profile = plan.profile
        hmac_key = self.services.secrets.read_hmac(profile.eab_kid)
        result = MigrationResult(
            plan.source, plan.target, moved=[p.name for p in plan.lineages if p.moved]
        )
        result.findings += plan.findings()
        todo = plan.to_order
        if todo:
            context.progress(PREFLIGHT_STAGE)
            checked = preflight_migration(context, plan, self._optional_client(profile))
            result.findings += checked
            if any(f.severity is F.Severity.ERROR for f in checked):
                result.not_moved = [p.name for p in todo] + [p.name for p in plan.blocked]
                result.findings.append(
                    F.make("migrate-checks-failed", remaining=F.items(result.not_moved))
                )
                return result
        for number, lineage in enumerate(todo):
            context.progress(lineage.name)
            request = lineage_request(
                lineage, plan.target, profile, certbot.path, hmac_key,
                certbot_version=certbot.version_tuple, email=email,
            )  # fmt: skip
            try:
                run = self.run(context, request)
            except RunRefused as exc:
                result.findings += exc.findings
                run = None
            if run is None or not run.succeeded:
                if run is not None:
                    result.findings += run.findings
                result.stopped_at = lineage.name
                result.not_moved = [p.name for p in todo[number:]]
                break
            record_migrated(plan.target, lineage.name, plan.source, profile.eab_kid)
            result.moved.append(lineage.name)
            result.findings.append(
                F.make("migrate-lineage-moved", lineage=lineage.name,
                       config_dir=plan.target, eab_kid=profile.eab_kid)
            )  # fmt: skip
            result.findings += self._install_moved(context, plan.target, lineage)
        result.not_moved = result.not_moved or [p.name for p in plan.blocked]
        if result.stopped_at is not None:
            result.findings.append(
                F.make(
                    "migrate-stopped",
                    lineage=result.stopped_at,
                    moved=F.items(result.moved) or "-",
                    remaining=F.items(result.not_moved),
                )
            )
            return result
        result.scheduled = self.schedule(context, certbot.path, plan.target).name
        with contextlib.suppress(ScheduleError, OSError):
            self.unschedule(plan.source)
        if archive is not None and result.succeeded:
            result.retired = self.retire(context, plan.source, archive)
        return result

    def _optional_client(self, profile: Profile) -> Callable[[], CertCentralClient] | None:
        """The profile's CertCentral client maker, or None when no API key can be read (the
        checks that need one are then left out, as in the wizard without a key)."""
        try:
            return self.certcentral_client(profile)
        except SecretStoreError as exc:
            log.info("no CertCentral checks for the move: %s", exc)
            return None

    def _install_moved(
        self, context: StepContext, target: Path, lineage: LineagePlan
    ) -> list[F.Finding]:
        """The old lineage's deploy targets, installed from the new folder (and the hook
        registered there when the old one had it)."""
        if lineage.targets is None:
            return []
        request = InstallRequest(
            target,
            lineage.name,
            lineage.targets,
            register_hook=lineage.hook_registered and not lineage.targets.pfx,
            hook_command=assistant_command(),
        )
        try:
            outcome = self.deploy(context, request)
        except InstallRequestError as exc:
            log.warning("moved %s, but installing it failed: %s", lineage.name, exc)
            return [F.make("migrate-setting-not-carried", lineage=lineage.name,
                           setting="deploy targets", value=exc)]  # fmt: skip
        return list(outcome.report.findings)

    # the last mile
    def deploy(self, context: StepContext, request: InstallRequest) -> InstallOutcome:
        targets = request.targets
        self.check_may_change(
            request.config_dir,
            Path(targets.folder) if targets.folder else None,
            Path(targets.pfx) if targets.pfx else None,
        )
        return _install_certificate(
            context,
            request,
            windows=self.services.windows,
            store=self.services.certificate_store(),
            bindings=self.services.binding_manager(),
            check=self.services.served_check,
            host=self.services.service_host(),
            service_served=self.services.service_served,
        )

    def rollback(self, context: StepContext, config_dir: Path, name: str) -> DeployReport:
        """Every target of the lineage back on the certificate its last deployment replaced."""
        self.check_may_change(config_dir)
        return rollback_certificate(
            context,
            config_dir,
            name,
            store=self.services.certificate_store(),
            bindings=self.services.binding_manager(),
            host=self.services.service_host(),
            check=self.services.served_check,
        )

    def installed_findings(
        self, context: StepContext, reports: Sequence[ConfigDirReport]
    ) -> list[F.Finding]:
        """The installed-certificate check (bindings serving an older certificate, store
        certificates nobody renews): the same on Done, in ``diagnose`` and after renewals."""
        return check_installed(
            context,
            reports,
            store=self.services.certificate_store(),
            check=self.services.served_check,
        )

    def diagnose(self, context: StepContext, request: DiagnoseRequest) -> Diagnosis:
        """Every check in a row (``certbot-assistant diagnose``), with this face's services."""
        if request.certbot is not None and self.services.sandbox is not None:
            request = dataclasses.replace(request, certbot=None)
        return diagnose(
            context,
            request,
            env=self.services.discovery([]),
            scheduler=self.services.scheduler_factory() if request.renewal else None,
            default_dir=self.services.default_config_dir(),
            certificate_store=self.services.certificate_store(),
            served=self.services.served_check,
        )

    # status and CertCentral
    def status(
        self, context: StepContext, profiles: Sequence[Profile], named: Sequence[Path] = ()
    ) -> MachineStatus:
        return status_of_this_machine(context, self.services, profiles, named)

    def store_machine_key(self, region: str, api_key: str) -> Path:
        """The key the scheduled renewal reads (``certcentral.machine_key``); demo mode keeps
        its fake one inside its folder."""
        store = self.services.machine_keys()
        self.check_may_change(store.folder)
        return store.store(region, api_key)

    def delete_machine_key(self, region: str) -> bool:
        store = self.services.machine_keys()
        self.check_may_change(store.folder)
        return store.delete(region)

    def certcentral(self, api_key: str, region: str) -> CertCentralClient:
        """The one way a CertCentral client is built: the region's URL (the fake one in demo
        mode) and the key given."""
        return CertCentralClient(api_key, self.services.certcentral_url(region))

    def certcentral_for(self, profile: Profile) -> CertCentralClient:
        """The client for a profile's region with the API key saved for it (raises the
        keyring's errors when none is saved)."""
        return self.certcentral_client(profile)()

    def certcentral_client(self, profile: Profile) -> Callable[[], CertCentralClient]:
        """A maker of clients for the profile's region; the API key is read now, so a missing
        one is said before any work starts."""
        api_key = self.services.secrets.read_api_key(profile.region)
        return lambda: self.certcentral(api_key, profile.region)
