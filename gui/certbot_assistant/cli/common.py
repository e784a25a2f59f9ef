"""What every CLI command shares: exit codes, the usage error, services, profiles, output."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TextIO, TypeAlias

from certbot_assistant.cli.exit_codes import EXIT_FAILED as EXIT_FAILED
from certbot_assistant.cli.exit_codes import EXIT_OK as EXIT_OK
from certbot_assistant.cli.exit_codes import EXIT_USAGE as EXIT_USAGE
from certbot_assistant.cli.exit_codes import UsageError as UsageError
from certbot_assistant.core import findings as F
from certbot_assistant.core.translation import QT_TRANSLATE_NOOP, fill
from certbot_assistant.translate import tr, translate

if TYPE_CHECKING:
    from certbot_assistant.core.assistant import Assistant
    from certbot_assistant.core.configdir.profiles import Profile, ProfileStore
    from certbot_assistant.core.policy import Policy, Setting
    from certbot_assistant.core.services import Services

JSON_SCHEMA = 1


class Handler(Protocol):
    def __call__(self, args: argparse.Namespace, out: TextIO) -> int: ...


Commands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"
"""What ``register(commands)`` of each group receives."""


def services(args: argparse.Namespace) -> Services:
    """The command's outside world, real or demo, built once in ``cli.main`` (a command run
    without it is a bug: it would silently use the real machine in demo mode)."""
    made: Services | None = getattr(args, "services", None)
    if made is None:
        raise RuntimeError("the command was run without its services (cli.main builds them)")
    return made


def assistant(args: argparse.Namespace) -> Assistant:
    """The operations for this command, with the rules of its services (demo mode's sandbox)."""
    from certbot_assistant.core.assistant import Assistant

    return Assistant(services(args))


def load_profiles(store: ProfileStore) -> list[Profile]:
    """The saved profiles; a damaged file is said on stderr and reads as none."""
    from certbot_assistant.core.configdir.profiles import ProfilesFileCorrupt

    try:
        return store.load()
    except ProfilesFileCorrupt as exc:
        print(exc.text(tr), file=sys.stderr)
        return []


def profile_named(name: str, args: argparse.Namespace) -> Profile:
    """The profile ``--profile`` names; an unknown name is a usage error."""
    from certbot_assistant.core.configdir.profiles import ProfileError

    store = services(args).profiles
    try:
        load_profiles(store)
        return store.get(name)
    except ProfileError as exc:
        raise UsageError.about(args.command, exc) from None


def severity_word(severity: F.Severity) -> str:
    return {
        F.Severity.ERROR: translate("Cli", "ERROR"),
        F.Severity.WARNING: translate("Cli", "WARNING"),
        F.Severity.INFO: translate("Cli", "INFO"),
    }[severity]


def write_findings(findings: Sequence[F.Finding], out: TextIO) -> None:
    """Numbered findings with their fix, as a help-desk person reads them aloud."""
    if not findings:
        out.write(translate("Cli", "No problems found.") + "\n")
        return
    fix_label = translate("Cli", "Fix")
    for number, finding in enumerate(findings, start=1):
        out.write(
            f"{number}. [{severity_word(finding.severity)}] {finding.title(tr)}\n"
            f"   {finding.detail(tr)}\n"
            f"   {fix_label}: {finding.fix(tr)}\n"
        )
        if F.Fix.MIGRATE in finding.spec.fixes:
            also = translate(
                "Cli",
                "Or move every certificate of the folder to the new credential at once: "
                "certbot-assistant migrate --from FOLDER --to NEW-FOLDER --profile NAME --plan",
            )
            out.write(f"   {also}\n")
        out.write(f"   ({finding.id})\n")


def write_json(payload: object, out: TextIO) -> None:
    """JSON that survives any console: readable UTF-8 where the stream is UTF-8, else ``\\u``
    escapes (a pipe on Windows uses the ANSI code page, which has no Japanese on an English
    machine; a script reading it still gets the right text)."""
    import codecs
    import json

    encoding = getattr(out, "encoding", None) or "utf-8"
    try:
        utf8 = codecs.lookup(encoding).name == "utf-8"
    except LookupError:
        utf8 = False
    json.dump(payload, out, indent=2, ensure_ascii=not utf8)
    out.write("\n")


def write_findings_json(findings: Sequence[F.Finding], out: TextIO) -> None:
    write_json({"schema": JSON_SCHEMA, "findings": [f.to_json(tr) for f in findings]}, out)


def exit_for_findings(findings: Sequence[F.Finding]) -> int:
    return EXIT_FAILED if F.has_error(findings) else EXIT_OK


def write_policy(policy: Policy, out: TextIO) -> None:
    """The organization's preset settings, when there are any, before a command's own output:
    an admin must see why a value is not the one they typed."""
    from certbot_assistant.core.policy import LABELS

    if not policy.values and not policy.problems:
        return
    out.write(fill(translate("Cli", "Set by your organization (%1):"), [policy.source]) + "\n")
    for setting, value in policy.values.items():
        label = translate("Policy", LABELS[setting])
        if policy.is_locked(setting):
            line = fill(translate("Cli", "%1: %2 (locked)"), [label, value])
        else:
            line = fill(translate("Cli", "%1: %2"), [label, value])
        out.write(f"  {line}\n")
    for problem in policy.problems:
        out.write("  " + fill(translate("Cli", "ignored: %1"), [problem]) + "\n")
    out.write("\n")


def policy_refusal(command: str, policy: Policy, setting: Setting, wanted: str | None) -> None:
    """UsageError when the organization locked ``setting`` to another value than ``wanted``."""
    from certbot_assistant.core.policy import LABELS

    if policy.refuses(setting, wanted):
        raise UsageError(
            command,
            QT_TRANSLATE_NOOP("Cli", "%1 is set by your organization to %2 and cannot be changed"),
            translate("Policy", LABELS[setting]),
            policy.value(setting),
        )


def check_organization(
    command: str, args: argparse.Namespace, *, server: str, new_config_dir: Path | None
) -> None:
    """What the wizard refuses, refused here too (exit 2): a credential whose ACME URL is not
    the one the organization locked, a new config dir outside its locked folder for them."""
    from certbot_assistant.core.policy import Setting

    world = services(args)
    policy_refusal(command, world.policy(), Setting.ACME_DIRECTORY_URL, server)
    if new_config_dir is not None:
        root = assistant(args).config_root_refuses(new_config_dir)
        if root is not None:
            raise UsageError(
                command,
                QT_TRANSLATE_NOOP("Cli", "your organization keeps new config directories in %1"),
                root,
            )
