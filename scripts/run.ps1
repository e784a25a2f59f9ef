# Sets up a virtual environment, installs the app and starts it (Windows, PowerShell).
$ErrorActionPreference = "Stop"
$Repo = Split-Path -Parent $PSScriptRoot
$Venv = if ($env:CERTBOT_ASSISTANT_VENV) { $env:CERTBOT_ASSISTANT_VENV } else { Join-Path $Repo ".venv" }
if (-not (Test-Path (Join-Path $Venv "Scripts\python.exe"))) { py -3 -m venv $Venv }
$Py = Join-Path $Venv "Scripts\python.exe"
& $Py -m pip install -q --disable-pip-version-check -e $Repo
& $Py (Join-Path $Repo "scripts\i18n.py") --release
& (Join-Path $Venv "Scripts\certbot-assistant.exe") @args
exit $LASTEXITCODE
