"""What the assistant needs from the outside world, built once per face: real or demo.

The keyring (through SecretStore, with the backend it is given), the profiles file, the
CertCentral URL, the OS scheduler, how certbot runs, certbot's default folder, and the one
write rule of demo mode. Both faces take everything from here, so demo mode needs no
environment variable, no process-wide keyring swap and no ``if demo`` in a command: a demo
session just supplies other pieces. Qt-free; the wizard's Services adds its QSettings.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, Self

from certbot_assistant.core.certbot.paths import default_config_dir
from certbot_assistant.core.configdir.profiles import ProfileStore
from certbot_assistant.core.policy import Policy, read_machine_policy
from certbot_assistant.core.sandbox import within
from certbot_assistant.core.secrets import SecretStore
from certbot_assistant.core.system.process import ProgramRunner, run_program

if TYPE_CHECKING:
    from certbot_assistant.core.certbot.discovery import CertbotInstall, DiscoveryEnvironment
    from certbot_assistant.core.certcentral.machine_key import MachineKeyStore
    from certbot_assistant.core.certificates.deploy import BindingManager, CertificateStore
    from certbot_assistant.core.certificates.served import Served
    from certbot_assistant.core.renewal.ari import AriReader
    from certbot_assistant.core.renewal.schedule import RenewalTest, Scheduler
    from certbot_assistant.core.run.certbot_run import CertbotRun, RunRequest
    from certbot_assistant.core.step_context import StepContext
    from certbot_assistant.core.system.process import LineCallback, Outcome
    from certbot_assistant.core.windows.event_log import EventSink
    from certbot_assistant.core.windows.service_targets import ServiceHost, ServiceUse


def _system_discovery(paths: Sequence[Path]) -> DiscoveryEnvironment:
    from certbot_assistant.core.certbot.discovery import DiscoveryEnvironment

    return DiscoveryEnvironment.from_system(paths)


def _no_discovery(_paths: Sequence[Path]) -> DiscoveryEnvironment:
    """Demo mode looks at no real certbot (starting one, even for --version, is a real
    process): the played-back one is offered instead."""
    from certbot_assistant.core.certbot.discovery import DiscoveryEnvironment

    return DiscoveryEnvironment(windows=os.name == "nt")


def _certcentral_url(region: str) -> str:
    from certbot_assistant.core.certcentral.client import base_url

    return base_url(region)


def _scheduler() -> Scheduler:
    from certbot_assistant.core.renewal.schedule import Scheduler

    return Scheduler()


def _certificate_store() -> CertificateStore | None:
    if sys.platform != "win32":
        return None
    from certbot_assistant.core.windows.cert_store import (  # type: ignore[attr-defined, unused-ignore]
        WindowsCertificateStore,
    )

    return WindowsCertificateStore()


def _binding_manager() -> BindingManager | None:
    if os.name != "nt":
        return None
    from certbot_assistant.core.windows.bindings import HttpSysBindings

    return HttpSysBindings()


def _served_certificate(host: str, port: int, server_name: str | None) -> Served:
    from certbot_assistant.core.certificates.served import served_certificate

    return served_certificate(host, port, server_name)


def _folders_registry() -> Path:
    from certbot_assistant.core.configdir.known_folders import default_registry

    return default_registry()


def _mail_settings_path() -> Path:
    from certbot_assistant.core.renewal.notify_mail import settings_path

    return settings_path()


def _event_sink() -> EventSink:
    from certbot_assistant.core.windows.event_log import system_event_sink

    return system_event_sink()


def _log_file_sink() -> EventSink:
    """Demo mode writes nothing to the machine's event log."""
    from certbot_assistant.core.windows.event_log import LogFileOnly

    return LogFileOnly()


def _service_host() -> ServiceHost | None:
    """Remote Desktop, SQL Server, Exchange and WinRM through the registry and PowerShell;
    none outside Windows."""
    if sys.platform != "win32":
        return None
    from certbot_assistant.core.windows import service_targets

    return service_targets.ServiceHost(
        service_targets.WindowsRegistry(), service_targets.PowerShell()
    )


def _service_served(use: ServiceUse) -> Served:
    """What a service serves on this machine: Remote Desktop after its RDP negotiation, the
    others (WinRM) over plain TLS."""
    from certbot_assistant.core.certificates.served import (
        served_certificate,
        served_rdp_certificate,
    )

    assert use.port is not None
    if use.target == "rdp":
        return served_rdp_certificate("localhost", use.port)
    return served_certificate("localhost", use.port)


def _machine_keys() -> MachineKeyStore:
    from certbot_assistant.core.certcentral.machine_key import MachineKeyStore, default_folder

    return MachineKeyStore(default_folder())


def _ari_reader() -> AriReader | None:
    from certbot_assistant.core.renewal.ari import AriReader

    return AriReader()


def _demo_machine_keys(folder: Path) -> MachineKeyStore:
    from certbot_assistant.core.certcentral.machine_key import MachineKeyStore

    return MachineKeyStore(folder / "machine", windows=False, protect=False)


def _certbot_run(request: RunRequest, on_line: LineCallback | None = None) -> CertbotRun:
    from certbot_assistant.core.run.certbot_run import CertbotRun

    return CertbotRun(request, on_line)


class DemoPieces(Protocol):
    """What a demo session supplies (``demo.session.DemoSession``); the core names only this
    shape, so it never imports the demo package that builds on it."""

    secrets: SecretStore
    profiles: ProfileStore
    folder: Path
    api_key: str

    @property
    def config_dir(self) -> Path: ...

    @property
    def certcentral_base_url(self) -> str: ...

    @property
    def certbot(self) -> CertbotInstall: ...

    def run(self, request: RunRequest, on_line: LineCallback | None = None) -> CertbotRun: ...

    def renewal_test(
        self, context: StepContext, certbot: Path, config_dir: Path, allow_dry_run: bool
    ) -> RenewalTest: ...

    def scheduler(self, windows: bool = ...) -> Scheduler: ...

    def renew_program(
        self,
        argv: Sequence[str],
        *,
        timeout_s: float,
        cancelled: Callable[[], bool] = ...,
        env: Mapping[str, str] | None = ...,
    ) -> Outcome: ...


@dataclass
class Services:
    secrets: SecretStore = field(default_factory=SecretStore)
    profiles: ProfileStore = field(default_factory=ProfileStore)
    discovery: Callable[[Sequence[Path]], DiscoveryEnvironment] = _system_discovery
    default_config_dir: Callable[[], Path] = default_config_dir
    certcentral_url: Callable[[str], str] = _certcentral_url
    windows: bool = os.name == "nt"
    scheduler_factory: Callable[[], Scheduler] = _scheduler
    run_factory: Callable[[RunRequest, LineCallback | None], CertbotRun] = _certbot_run
    certificate_store: Callable[[], CertificateStore | None] = _certificate_store
    binding_manager: Callable[[], BindingManager | None] = _binding_manager
    served_check: Callable[[str, int, str | None], Served] = _served_certificate
    """Which certificate a host:port serves (a real TLS connection)."""
    event_sink: Callable[[], EventSink] = _event_sink
    """Where unattended renewals report: the event log, the journal."""
    folders_registry: Callable[[], Path] = _folders_registry
    """Where the config dirs the assistant ran certbot in are listed (for status)."""
    mail_settings_path: Callable[[], Path] = _mail_settings_path
    """The machine-wide SMTP settings for the renewal task's e-mail."""
    extra_installs: Callable[[], list[CertbotInstall]] = list
    """Certbots to offer besides those discovery finds (demo mode's played-back one)."""
    renewal_tester: Callable[[StepContext, Path, Path, bool], RenewalTest] | None = None
    """The Done page's "Test renewal" when it is not certbot's own (demo mode plays it back,
    like every certbot run); None: ``steps.renewal.test_renewal``."""
    renew_program: ProgramRunner = run_program
    """What ``renew`` starts for ``certbot renew`` (played back in demo mode)."""
    service_host: Callable[[], ServiceHost | None] = _service_host
    service_served: Callable[[ServiceUse], Served] = _service_served
    """Which certificate a Windows service presents on its port (Remote Desktop, WinRM)."""
    """Windows services beyond IIS (Remote Desktop, SQL Server, Exchange, WinRM)."""
    machine_keys: Callable[[], MachineKeyStore] = _machine_keys
    """The CertCentral API key the scheduled renewal reads (SYSTEM/root and admins only)."""
    ari_reader: Callable[[], AriReader | None] = _ari_reader
    """Asks an ACME server for a certificate's renewal window (none in demo mode: nothing
    reaches a real server there)."""
    policy: Callable[[], Policy] = read_machine_policy
    """The organization's preset settings (machine policy); read in demo mode too, never
    written by the app."""
    demo_api_key: str | None = None
    """Demo mode's CertCentral API key, to put back when a trainee saved a wrong one."""
    sandbox: Path | None = None
    """In demo mode, the only folder the assistant may change (backups, removals, runs)."""

    @classmethod
    def real(cls, **extra: Any) -> Self:
        return cls(**extra)

    @classmethod
    def demo(cls, session: DemoPieces, **extra: Any) -> Self:
        """Everything the assistant may change points into the session's folder; the keyring
        is the session's own in-memory backend, CertCentral its fake."""
        return cls(
            secrets=session.secrets,
            profiles=session.profiles,
            default_config_dir=lambda: session.config_dir,
            certcentral_url=lambda _region: session.certcentral_base_url,
            scheduler_factory=session.scheduler,
            run_factory=session.run,
            discovery=_no_discovery,
            extra_installs=lambda: [session.certbot],
            renewal_tester=session.renewal_test,
            renew_program=session.renew_program,
            demo_api_key=session.api_key,
            # Demo mode never touches the machine's certificate store or bindings.
            certificate_store=lambda: None,
            binding_manager=lambda: None,
            event_sink=_log_file_sink,
            mail_settings_path=lambda: session.folder / "notify.json",
            folders_registry=lambda: session.folder / "config-dirs.json",
            machine_keys=lambda: _demo_machine_keys(session.folder),
            service_host=lambda: None,
            ari_reader=lambda: None,
            sandbox=session.folder,
            **extra,
        )

    @property
    def is_demo(self) -> bool:
        return self.sandbox is not None

    def may_change(self, path: Path) -> bool:
        """The write rule: anything, except in demo mode, where only its own folder."""
        return self.sandbox is None or within(path, self.sandbox)
