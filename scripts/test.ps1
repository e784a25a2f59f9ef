# Sets up a virtual environment and runs lint, type checks and the tests (Windows, PowerShell).
# Pebble and gnome-keyring do not exist on Windows: the integration tests need
# CERTBOT_ASSISTANT_CERTBOT_VENV and a pebble.exe on PATH, otherwise they fail with what is missing.
$ErrorActionPreference = "Stop"
$Repo = Split-Path -Parent $PSScriptRoot
$Venv = if ($env:CERTBOT_ASSISTANT_VENV) { $env:CERTBOT_ASSISTANT_VENV } else { Join-Path $Repo ".venv" }
if (-not (Test-Path (Join-Path $Venv "Scripts\python.exe"))) { py -3 -m venv $Venv }
$Py = Join-Path $Venv "Scripts\python.exe"
& $Py -m pip install -q --disable-pip-version-check -e "$Repo[test]"
& $Py (Join-Path $Repo "scripts\i18n.py") --release
Push-Location $Repo
try {
  & (Join-Path $Venv "Scripts\ruff.exe") format --check gui tests scripts; if ($LASTEXITCODE) { exit 1 }
  & (Join-Path $Venv "Scripts\ruff.exe") check gui tests scripts; if ($LASTEXITCODE) { exit 1 }
  & (Join-Path $Venv "Scripts\mypy.exe"); if ($LASTEXITCODE) { exit 1 }
  $env:QT_QPA_PLATFORM = "offscreen"
  & $Py -m pytest @args
  exit $LASTEXITCODE
} finally { Pop-Location }
