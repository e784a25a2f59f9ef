"""``certbot-assistant profiles``: saved ACME credentials (the HMAC key lives in the keyring)."""

from __future__ import annotations

import argparse
import getpass
import sys
from dataclasses import asdict
from typing import TextIO

from certbot_assistant.cli.common import (
    EXIT_OK,
    Commands,
    UsageError,
    load_profiles,
    policy_refusal,
    services,
    write_json,
    write_policy,
)
from certbot_assistant.core.configdir.profiles import Profile, ProfileExists
from certbot_assistant.core.policy import Setting
from certbot_assistant.core.secrets import SecretStoreError
from certbot_assistant.core.translation import QT_TRANSLATE_NOOP, fill
from certbot_assistant.core.validation import (
    validate_acme_url,
    validate_config_dir,
    validate_hmac_key,
    validate_kid,
)
from certbot_assistant.translate import tr, translate


def register(commands: Commands) -> None:
    profiles = commands.add_parser(
        "profiles",
        help="saved ACME credentials (the HMAC key lives in the OS keyring)",
        description="List, show, add and remove profiles.",
    )
    verbs = profiles.add_subparsers(dest="verb", parser_class=type(profiles), required=True)
    p_list = verbs.add_parser("list", help="list the profiles")
    p_list.set_defaults(handler=run_list)
    p_list.add_argument("--format", choices=("text", "json"), default="text")
    p_show = verbs.add_parser("show", help="show one profile")
    p_show.set_defaults(handler=run_show)
    p_show.add_argument("name")
    p_show.add_argument("--format", choices=("text", "json"), default="text")
    p_add = verbs.add_parser(
        "add",
        help="add a profile; the HMAC key is asked for (hidden) or read from stdin",
        description="The HMAC key is never taken from the command line: it is asked for with "
        "a hidden prompt, or read from standard input with --hmac-stdin.",
    )
    p_add.set_defaults(handler=run_add)
    p_add.add_argument("name")
    p_add.add_argument(
        "--server", help="the ACME directory URL (default: the one your organization set)"
    )
    p_add.add_argument("--eab-kid", required=True, help="the KID of that URL")
    p_add.add_argument(
        "--region",
        choices=("us", "eu"),
        help="CertCentral region (default: your organization's, else us)",
    )
    p_add.add_argument("--config-dir", help="the certbot config directory for this credential")
    p_add.add_argument(
        "--certcentral-credential",
        "--credential-name",
        dest="credential_name",
        help="the ACME credential's name in CertCentral (for the CertCentral checks)",
    )
    p_add.add_argument("--hmac-stdin", action="store_true", help="read the HMAC key from stdin")
    p_add.add_argument("--replace", action="store_true", help="replace a profile of that name")
    p_remove = verbs.add_parser("remove", help="remove a profile (and its HMAC key if unused)")
    p_remove.set_defaults(handler=run_remove)
    p_remove.add_argument("name")
    p_remove.add_argument(
        "--keep-secret", action="store_true", help="leave the HMAC key in the keyring"
    )


def run_list(args: argparse.Namespace, out: TextIO) -> int:
    world = services(args)
    profiles = load_profiles(world.profiles)
    if args.format == "json":
        write_json([asdict(p) for p in profiles], out)
        return EXIT_OK
    write_policy(world.policy(), out)
    if not profiles:
        out.write(
            translate("Cli", "No profiles yet. Add one with: certbot-assistant profiles add") + "\n"
        )
    for profile in profiles:
        out.write(f"{profile.name}\t{profile.server}\t{profile.eab_kid}\n")
    return EXIT_OK


def run_show(args: argparse.Namespace, out: TextIO) -> int:
    world = services(args)
    load_profiles(world.profiles)
    profile = world.profiles.get(args.name)
    try:
        world.secrets.read_hmac(profile.eab_kid)
        stored = True
    except SecretStoreError:
        stored = False
    if args.format == "json":
        write_json({**asdict(profile), "hmac_stored": stored}, out)
        return EXIT_OK
    yes, no = translate("Cli", "yes"), translate("Cli", "no")
    rows = [
        (translate("Cli", "Name"), profile.name),
        (translate("Cli", "ACME directory URL"), profile.server),
        (translate("Cli", "KID"), profile.eab_kid),
        (translate("Cli", "CertCentral region"), profile.region),
        (translate("Cli", "Config directory"), profile.config_dir or "-"),
        (
            translate("Cli", "ACME credential name"),
            profile.acme_credential_name or "-",
        ),
        (translate("Cli", "HMAC key in the keyring"), yes if stored else no),
    ]
    out.write("".join(f"{label}: {value}\n" for label, value in rows))
    return EXIT_OK


def _read_hmac(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline()
    if not sys.stdin.isatty():
        raise UsageError(
            "profiles add",
            QT_TRANSLATE_NOOP(
                "Cli", "no terminal to ask for the HMAC key; pipe it in with --hmac-stdin"
            ),
        )
    return getpass.getpass(translate("Cli", "HMAC key (input hidden): "))


def run_add(args: argparse.Namespace, out: TextIO) -> int:
    world = services(args)
    store, secrets = world.profiles, world.secrets
    policy = world.policy()
    server_text = args.server or policy.value(Setting.ACME_DIRECTORY_URL)
    if not server_text:
        raise UsageError(
            "profiles add",
            QT_TRANSLATE_NOOP("Cli", "--server is needed: your organization set no ACME URL"),
        )
    policy_refusal("profiles add", policy, Setting.ACME_DIRECTORY_URL, server_text)
    region = args.region or policy.value(Setting.CERTCENTRAL_REGION) or "us"
    policy_refusal("profiles add", policy, Setting.CERTCENTRAL_REGION, region)
    server = validate_acme_url(server_text)
    kid = validate_kid(args.eab_kid)
    config_dir = str(validate_config_dir(args.config_dir)) if args.config_dir else None
    load_profiles(store)
    hmac_key = validate_hmac_key(_read_hmac(args.hmac_stdin))
    profile = Profile(
        name=args.name.strip(),
        server=server,
        eab_kid=kid,
        region=region,
        config_dir=config_dir,
        acme_credential_name=args.credential_name,
    )
    if not args.replace and any(p.name == profile.name for p in store.load()):
        raise ProfileExists(profile.name)
    secrets.store_hmac(kid, hmac_key)
    store.add(profile, replace=args.replace)
    backend = secrets.backend_info().display_name(tr)
    out.write(fill(translate("Cli", "Profile saved. The HMAC key is in %1."), [backend]) + "\n")
    return EXIT_OK


def run_remove(args: argparse.Namespace, out: TextIO) -> int:
    world = services(args)
    load_profiles(world.profiles)
    removed = world.profiles.remove(args.name)
    still_used = any(p.eab_kid == removed.eab_kid for p in world.profiles.load())
    if not args.keep_secret and not still_used:
        world.secrets.delete_hmac(removed.eab_kid)
    out.write(translate("Cli", "Profile removed.") + "\n")
    return EXIT_OK
