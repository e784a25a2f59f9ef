"""``deploy`` and its renewal hook under hostile or unlucky input (issue #23): every case ends in
a finding or a clear error, exit 1 or 2, nothing lost, nothing run that was not asked for."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import sys
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from certbot_assistant.cli import build_parser, run_command
from certbot_assistant.core.certbot.command import PS_SINGLE_QUOTES, to_powershell
from certbot_assistant.core.certificates.deploy import (
    TARGETS_FILE,
    DeployTargets,
    TargetsFileError,
    deploy,
    remember_targets,
    remembered_targets,
    render_hook,
)
from certbot_assistant.core.configdir.renewal_conf import renew_hook_of
from certbot_assistant.core.services import Services
from certbot_assistant.core.step_context import StepContext
from certbot_assistant.core.steps.deploy import (
    InstallRequest,
    InstallRequestError,
    install_certificate,
    served_binding_findings,
)
from tests.helpers.programs import python_program
from tests.helpers.synthetic import add_account, add_lineage, make_cert_pem

SERVER = "https://one.digicert.com/mpki/api/v1/acme/v2/directory"
NAME = "www.example.test"
POSIX = os.name != "nt"


def lineage(config_dir: Path, name: str = NAME) -> Path:
    pem = make_cert_pem([name], dt.datetime.now(dt.UTC) + dt.timedelta(days=80))
    add_lineage(config_dir, name, SERVER, add_account(config_dir, SERVER), pem=pem)
    return config_dir / "live" / name


def cli(*argv: str) -> tuple[int, str]:
    args = build_parser().parse_args(["deploy", *argv])
    args.services = Services.real()
    out = io.StringIO()
    return run_command(args, out), out.getvalue()


def install(config_dir: Path, targets: DeployTargets, **kwargs: object) -> object:
    request = InstallRequest(config_dir, kwargs.pop("name", NAME), targets,  # type: ignore[arg-type]
                             hook_command=("certbot-assistant",), **kwargs)  # type: ignore[arg-type]  # fmt: skip
    return install_certificate(
        StepContext(), request, windows=False, store=None, bindings=None,
        check=lambda host, port, name: pytest.fail("no TLS check expected"),  # type: ignore[arg-type, return-value]
    )  # fmt: skip


# Renewals that fail silently ----------------------------------------------------------------


def test_registering_the_hook_with_a_pfx_is_refused_and_says_why(tmp_path: Path) -> None:
    lineage(tmp_path)
    conf = tmp_path / "renewal" / f"{NAME}.conf"
    before = conf.read_bytes()
    with pytest.raises(InstallRequestError, match="no password for the PFX"):
        install(tmp_path, DeployTargets(pfx=str(tmp_path / "out.pfx")), register_hook=True)
    assert conf.read_bytes() == before and not (tmp_path / TARGETS_FILE).exists()


@pytest.mark.skipif(not POSIX, reason="the reload command is a POSIX program here")
def test_one_failed_target_does_not_skip_the_others(tmp_path: Path) -> None:
    """A PFX without its password (a hook registered before the refusal) fails; the folder
    is still written and the service still reloaded."""
    lineage(tmp_path / "cfg")
    marker = tmp_path / "reloaded"
    reload = python_program(tmp_path / "reload", f"open({str(marker)!r}, 'w').close()\n")
    targets = DeployTargets(pfx=str(tmp_path / "out.pfx"), folder=str(tmp_path / "srv"),
                            reload=(str(reload),))  # fmt: skip
    report = deploy(tmp_path / "cfg", NAME, targets)
    assert [f.id for f in report.findings] == ["deploy-failed"]
    assert (tmp_path / "srv" / "fullchain.pem").exists() and marker.exists()


# Injection and traversal -------------------------------------------------------------------


def powershell_words(line: str) -> list[str]:
    """A command line as PowerShell's tokenizer reads it, for the forms to_powershell writes:
    the call operator, then bare words or verbatim strings. A verbatim string starts and ends
    at any single-quote-character (’ ‘ ‚ ‛ as much as '); two in a row stand for one
    (PowerShell Language Specification 3.0, 2.3.5.2)."""
    assert line.startswith("& ")
    words, index = [], 2
    while index < len(line):
        if line[index] == " ":
            index += 1
            continue
        if line[index] in PS_SINGLE_QUOTES:
            word, index = [], index + 1
            while True:
                assert index < len(line), "a string that never ends"
                char = line[index]
                if char in PS_SINGLE_QUOTES:
                    if index + 1 < len(line) and line[index + 1] in PS_SINGLE_QUOTES:
                        word.append(char)
                        index += 2
                        continue
                    index += 1
                    break
                word.append(char)
                index += 1
            assert index >= len(line) or line[index] == " ", f"text after a string: {line}"
            words.append("".join(word))
        else:
            end = line.find(" ", index)
            end = len(line) if end < 0 else end
            words.append(line[index:end])
            index = end
    return words


@pytest.mark.parametrize(
    "folder",
    ["C:\\Users\\O’Neil\\certbot", "C:\\a‘b", "C:\\a‚b", "C:\\a‛b", "C:\\it's", "C:\\’; calc; ’",
     "C:\\$(calc)\\`x", "C:\\a‘’b''c"],
)  # fmt: skip
def test_the_powershell_hook_keeps_every_quote_inside_its_string(folder: str) -> None:
    """PowerShell ends a '…' string at ’ too: a folder named with it ran the rest as SYSTEM."""
    argv = ["C:\\Program Files\\Certbot Assistant\\certbot-assistant-cli.exe", "deploy",
            "--config-dir", folder, "--cert-name", NAME]  # fmt: skip
    assert powershell_words(render_hook(argv, windows=True)) == argv
    assert powershell_words(to_powershell(argv)) == argv


@pytest.mark.parametrize("name", ["../../../../victim/app", "..", "a/b", "a\\b", ".hidden",
                                  "x\ny", "'''\"\"\"", "C:evil", ""])  # fmt: skip
def test_a_lineage_name_certbot_would_not_make_is_refused(tmp_path: Path, name: str) -> None:
    lineage(tmp_path / "cfg")
    victim = tmp_path / "victim" / "app.conf"
    victim.parent.mkdir()
    victim.write_text("[renewalparams]\n")
    with pytest.raises(InstallRequestError, match="not a certificate name certbot makes"):
        install(tmp_path / "cfg", DeployTargets(folder=str(tmp_path / "srv")), name=name,
                register_hook=True)  # fmt: skip
    assert victim.read_text() == "[renewalparams]\n"


def test_only_a_lineage_the_folder_holds_is_touched(tmp_path: Path) -> None:
    lineage(tmp_path)
    with pytest.raises(InstallRequestError, match=r'holds no certificate "other\.example"'):
        install(tmp_path, DeployTargets(folder=str(tmp_path / "srv")), name="other.example",
                register_hook=True)  # fmt: skip
    assert not (tmp_path / "renewal" / "other.example.conf").exists()


@pytest.mark.skipif(not POSIX, reason='Windows file names cannot hold "')
def test_a_folder_with_both_triple_quotes_is_a_clear_error(tmp_path: Path) -> None:
    cfg = tmp_path / "a'''b\"\"\"c"
    lineage(cfg)
    with pytest.raises(InstallRequestError, match="hook could not be written"):
        install(cfg, DeployTargets(folder=str(tmp_path / "srv")), register_hook=True)


@pytest.mark.skipif(not POSIX, reason="a line break in a folder name")
def test_a_folder_with_a_line_break_gets_no_hook(tmp_path: Path) -> None:
    cfg = tmp_path / "a\nrenew_hook = rm -rf /"
    lineage(cfg)
    with pytest.raises(InstallRequestError, match="control character"):
        install(cfg, DeployTargets(folder=str(tmp_path / "srv")), register_hook=True)
    assert renew_hook_of(cfg / "renewal" / f"{NAME}.conf") is None


# The last mile itself ----------------------------------------------------------------------


def test_a_target_inside_the_config_dir_is_refused(tmp_path: Path) -> None:
    live = lineage(tmp_path)
    with pytest.raises(InstallRequestError, match="inside the config directory"):
        install(tmp_path, DeployTargets(folder=str(live)))
    assert live.joinpath("cert.pem").read_bytes().startswith(b"-----BEGIN")


@pytest.mark.parametrize("mode", ["-1", "7777", "1000", "abc", "8", "0o644"])
def test_an_insane_mode_is_a_usage_error(tmp_path: Path, mode: str) -> None:
    lineage(tmp_path / "cfg")
    code, _ = cli("--config-dir", str(tmp_path / "cfg"), "--cert-name", NAME,
                  "--folder", str(tmp_path / "srv"), "--mode", mode)  # fmt: skip
    assert code == 2 and not (tmp_path / "srv").exists()


@pytest.mark.skipif(not POSIX, reason="POSIX modes")
def test_the_key_never_gets_more_than_640_unless_asked(tmp_path: Path) -> None:
    lineage(tmp_path / "cfg")
    code, _ = cli("--config-dir", str(tmp_path / "cfg"), "--cert-name", NAME,
                  "--folder", str(tmp_path / "srv"), "--mode", "644")  # fmt: skip
    assert code == 0
    assert (tmp_path / "srv" / "privkey.pem").stat().st_mode & 0o777 == 0o640
    assert (tmp_path / "srv" / "cert.pem").stat().st_mode & 0o777 == 0o644
    code, out = cli("--config-dir", str(tmp_path / "cfg"), "--cert-name", NAME, "--folder",
                    str(tmp_path / "srv2"), "--mode", "644", "--allow-readable-key")  # fmt: skip
    assert (tmp_path / "srv2" / "privkey.pem").stat().st_mode & 0o777 == 0o644
    assert "private-key-readable" in out


@pytest.mark.skipif(not POSIX, reason="the reload command is a POSIX program here")
def test_the_reload_command_never_sees_the_pfx_password(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lineage(tmp_path / "cfg")
    seen = tmp_path / "env.json"
    reload = python_program(tmp_path / "reload",
                            f"import json, os; json.dump(dict(os.environ), open({str(seen)!r}, 'w'))\n")  # fmt: skip
    monkeypatch.setenv("CERTBOT_ASSISTANT_PFX_PASSWORD", "pfx-secret")
    code, _ = cli("--config-dir", str(tmp_path / "cfg"), "--cert-name", NAME, "--folder",
                  str(tmp_path / "srv"), "--pfx", str(tmp_path / "x.pfx"), "--reload",
                  str(reload))  # fmt: skip
    assert code == 0 and (tmp_path / "x.pfx").exists()
    assert "CERTBOT_ASSISTANT_PFX_PASSWORD" not in json.loads(seen.read_text())


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
def test_a_fifo_or_a_device_for_a_certificate_file_does_not_hang(tmp_path: Path) -> None:
    live = lineage(tmp_path / "cfg")
    (live / "fullchain.pem").unlink()
    os.mkfifo(live / "fullchain.pem")
    report = deploy(tmp_path / "cfg", NAME, DeployTargets(folder=str(tmp_path / "srv")))
    assert [f.id for f in report.findings] == ["deploy-failed"]
    (live / "fullchain.pem").unlink()
    (live / "fullchain.pem").symlink_to("/dev/zero")
    report = deploy(tmp_path / "cfg", NAME, DeployTargets(folder=str(tmp_path / "srv")))
    assert [f.id for f in report.findings] == ["deploy-failed"]


def test_an_encrypted_key_is_a_finding_not_a_crash(tmp_path: Path) -> None:
    live = lineage(tmp_path)
    key = ec.generate_private_key(ec.SECP256R1())
    (live / "privkey.pem").write_bytes(key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(b"pw"),
    ))  # fmt: skip
    report = deploy(tmp_path, NAME, DeployTargets(folder=str(tmp_path / "srv")))
    (finding,) = report.findings
    assert finding.id == "deploy-failed" and "protected by a password" in finding.detail()


def test_a_certificate_with_an_invalid_x509_version_is_a_finding(tmp_path: Path) -> None:
    live = lineage(tmp_path)
    import base64
    import re

    pem = (live / "cert.pem").read_text()
    body = base64.b64decode("".join(re.findall(r"^[A-Za-z0-9+/=]+$", pem, re.M)))
    # The version is the first field of tbsCertificate: [0] EXPLICIT INTEGER 2 (v3) -> 7.
    index = body.index(b"\xa0\x03\x02\x01\x02")
    broken = body[:index] + b"\xa0\x03\x02\x01\x07" + body[index + 5 :]
    (live / "cert.pem").write_text(
        "-----BEGIN CERTIFICATE-----\n" + base64.encodebytes(broken).decode()
        + "-----END CERTIFICATE-----\n"
    )  # fmt: skip
    report = deploy(tmp_path, NAME, DeployTargets(folder=str(tmp_path / "srv")))
    assert [f.id for f in report.findings] == ["deploy-failed"]


@pytest.mark.parametrize("binding", ["127.0.0.1:notaport", ":", "host:70000", "[::1", " :443"])
def test_a_binding_that_is_no_host_and_port_is_a_usage_error(tmp_path: Path, binding: str) -> None:
    lineage(tmp_path)
    code, _ = cli("--config-dir", str(tmp_path), "--cert-name", NAME, "--binding", binding)
    assert code == 2


HOSTILE_TARGETS = [
    ("[" * 30_000 + "]" * 30_000, "nested too deeply"),
    ('{"lineages": {"www.example.test": {"mode": 1e999, "folder": "/srv"}}}', "mode"),
    ('{"lineages": {"www.example.test": {"bindings": "a:1"}}}', "bindings"),
    ('{"lineages": {"www.example.test": {"bindings": ["a:notaport"]}}}', "not a port"),
    ('{"lineages": []}', "no lineages object"),
    ("not json", "not valid JSON"),
]


@pytest.mark.parametrize(("content", "cause"), HOSTILE_TARGETS)
def test_a_hostile_targets_file_is_named_in_deploy_diagnose_and_renew(
    tmp_path: Path, content: str, cause: str
) -> None:
    lineage(tmp_path)
    (tmp_path / TARGETS_FILE).write_text(content)
    with pytest.raises(TargetsFileError, match=cause):
        remembered_targets(tmp_path, NAME)
    # The hook (deploy without targets): a clear usage error.
    code, _ = cli("--config-dir", str(tmp_path), "--cert-name", NAME)
    assert code == 2
    # diagnose and renew: a finding, the rest of the checks go on.
    from certbot_assistant.core.configdir.inspection import inspect_config_dir

    found = served_binding_findings(StepContext(), inspect_config_dir(tmp_path, SERVER))
    assert [f.id for f in found] == ["deploy-targets-unreadable"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
def test_a_fifo_targets_file_does_not_hang(tmp_path: Path) -> None:
    lineage(tmp_path)
    os.mkfifo(tmp_path / TARGETS_FILE)
    with pytest.raises(TargetsFileError, match="pipe"):
        remembered_targets(tmp_path, NAME)
    remember_targets(tmp_path, NAME, DeployTargets(folder="/srv"))  # replaced, not hung
    assert remembered_targets(tmp_path, NAME) == DeployTargets(folder="/srv")


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(
        st.sampled_from(["store", "bindings", "iis_site", "pfx", "folder", "owner", "mode",
                         "reload", "readable_key", NAME, "lineages", "x"]), inner, max_size=6),
    max_leaves=25,
)  # fmt: skip


@given(_JSON)
@settings(max_examples=300, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])  # fmt: skip
def test_fuzz_any_json_targets_file_is_targets_or_a_named_error(
    tmp_path: Path, value: object
) -> None:
    (tmp_path / TARGETS_FILE).write_text(json.dumps(value), encoding="utf-8")
    try:
        targets = remembered_targets(tmp_path, NAME)
    except TargetsFileError as exc:
        assert str(tmp_path / TARGETS_FILE) in str(exc)
    else:
        assert targets is None or 0 <= targets.mode <= 0o777


def test_a_frozen_hook_line_runs_on_windows_through_powershell() -> None:
    """The same line certbot stores, for a program in Program Files: one quoted word each."""
    line = render_hook([sys.executable, "deploy", "--cert-name", NAME], windows=True)
    assert powershell_words(line) == [sys.executable, "deploy", "--cert-name", NAME]
