"""The command the review page copies for cmd.exe, run by Windows' own cmd.exe: DigiCert's
``?action=renew&orderId=`` URL must reach certbot whole (unquoted, "&" ends the command)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from certbot_assistant.core.certbot.command import to_cmd
from tests.helpers.programs import python_program

URL = "https://one.digicert.com/mpki/api/v1/acme/v2/directory?action=renew&orderId=12345"


def test_cmd_exe_passes_every_argument_whole(tmp_path: Path) -> None:
    echo = python_program(
        tmp_path / "Program Files" / "certbot",
        "import json, sys\nprint(json.dumps(sys.argv[1:]))\n",
    )
    args = ["certonly", "--server", URL, "-d", "www.example.co.jp", "--config-dir", r"C:\Certbot x"]
    line = to_cmd([str(echo), *args])
    # A string, not a list: cmd.exe gets the line exactly as a person pastes it.
    result = subprocess.run(
        f'cmd.exe /d /s /c "{line}"', capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.strip().splitlines()[-1]) == args


def test_powershell_passes_a_hook_with_every_quote_character_whole(tmp_path: Path) -> None:
    """The renewal hook certbot runs with ``powershell.exe -Command`` (a folder named with ’,
    which PowerShell also reads as a quote). Wine has no PowerShell: windows.yml runs this."""
    import shutil

    import pytest

    from certbot_assistant.core.certbot.command import to_powershell
    from tests.helpers.programs import under_wine

    powershell = shutil.which("powershell.exe") or shutil.which("pwsh.exe")
    if powershell is None or under_wine():  # Wine's powershell.exe is a stub that runs nothing
        pytest.skip("no PowerShell here (Wine): windows.yml runs it on Windows")
    echo = python_program(
        tmp_path / "Program Files" / "certbot-assistant-cli",
        "import json, sys\nprint(json.dumps(sys.argv[1:]))\n",
    )
    args = ["deploy", "--config-dir", "C:\\Users\\O’Neil\\certbot ‘a‚b‛c' $(calc)", "--cert-name",
            "www.example.test"]  # fmt: skip
    result = subprocess.run(
        [powershell, "-NoProfile", "-Command", to_powershell([str(echo), *args])],
        capture_output=True, text=True, encoding="utf-8", timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.strip().splitlines()[-1]) == args
