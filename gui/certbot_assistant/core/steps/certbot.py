"""Step "which certbot": every install this machine has, what is wrong with each, which to use."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from certbot_assistant.core import findings as F
from certbot_assistant.core.certbot.discovery import (
    CertbotInstall,
    DiscoveryEnvironment,
    InstallKind,
    VersionProbe,
    discover,
    install_for_path,
    probe_version,
)
from certbot_assistant.core.step_context import StepContext


def find_certbots(
    context: StepContext,
    env: DiscoveryEnvironment,
    *,
    named: Path | None = None,
    probe: Callable[[Path], VersionProbe] = probe_version,
    extra: Sequence[CertbotInstall] = (),
) -> list[CertbotInstall]:
    """The certbot the user named (``--certbot``, Browse), else every one ``env`` can see,
    after ``extra`` (demo mode's played-back certbot)."""
    context.progress("certbot")
    if named is not None:
        return [install_for_path(named, windows=env.windows, probe=probe)]
    return [*extra, *discover(env, probe=probe)]


def usable(install: CertbotInstall) -> bool:
    return not F.has_error(list(install.findings))


def choose_certbot(
    installs: Sequence[CertbotInstall], preferred: Path | None = None
) -> CertbotInstall | None:
    """The preferred certbot (the one chosen last time) when it is usable; else demo mode's
    played-back one; else the one included with the assistant, unless a usable one the user
    installed is newer; else the first usable one in discovery order; None when none is."""
    fit = [i for i in installs if usable(i)]
    if preferred is not None:
        for install in fit:
            if install.path == preferred:
                return install
    demo = next((i for i in fit if i.kind is InstallKind.DEMO), None)
    if demo is not None:
        return demo  # demo mode: its played-back certbot first
    included = next((i for i in fit if i.kind is InstallKind.INCLUDED), None)
    if included is not None:
        mine = included.version_tuple or (0,)
        newer = [i for i in fit if i is not included and (i.version_tuple or (0,)) > mine]
        return max(newer, key=lambda i: i.version_tuple or (0,)) if newer else included
    return fit[0] if fit else None
