# Build the frozen app and the MSI on Windows (WiX Toolset 3.x: candle.exe and light.exe on PATH).
#   powershell -ExecutionPolicy Bypass -File installers\windows\build.ps1
# Output: build\dist\certbot-assistant\ (PyInstaller) and build\dist\certbot-assistant-<v>.msi
# Signing (signtool on PATH): CERTBOT_ASSISTANT_SIGN_THUMBPRINT or CERTBOT_ASSISTANT_SIGN_PFX
# (+ CERTBOT_ASSISTANT_SIGN_PASSWORD); see installers\signing.py.
$ErrorActionPreference = "Stop"
$Repo = (Resolve-Path (Join-Path $PSScriptRoot "..\..")).Path
$Venv = if ($env:CERTBOT_ASSISTANT_VENV) { $env:CERTBOT_ASSISTANT_VENV } else { Join-Path $Repo ".venv" }
$Py = Join-Path $Venv "Scripts\python.exe"
if (-not (Test-Path $Py)) { py -3 -m venv $Venv }
& $Py -m pip install -q --disable-pip-version-check -e "$Repo[test]" pyinstaller
& $Py (Join-Path $Repo "scripts\build.py")
if ($LASTEXITCODE) { exit $LASTEXITCODE }

$Version = & $Py -c "import sys; sys.path.insert(0, r'$Repo\gui'); import certbot_assistant; print(certbot_assistant.__version__)"
$Stage = Join-Path $Repo "build\msi-stage"
if (Test-Path $Stage) { Remove-Item -Recurse -Force $Stage }
New-Item -ItemType Directory -Force $Stage | Out-Null
Copy-Item -Recurse (Join-Path $Repo "build\dist\certbot-assistant") (Join-Path $Stage "app")
& $Py (Join-Path $Repo "installers\windows\harvest.py") (Join-Path $Stage "app") (Join-Path $Stage "files.wxs")
& $Py (Join-Path $Repo "installers\windows\policy_wxs.py") $Stage
$Wxs = Join-Path $Repo "installers\windows\certbot-assistant.wxs"
$Defines = @("-dVersion=$Version", "-dResourcesDir=$Repo\resources", "-dCodepage=932", "-dJapaneseShortcut=yes")
candle.exe -nologo -arch x64 @Defines "-I$Stage" -out "$Stage\" $Wxs (Join-Path $Stage "files.wxs")
if ($LASTEXITCODE) { exit $LASTEXITCODE }
$Msi = Join-Path $Repo "build\dist\certbot-assistant-$Version.msi"
light.exe -nologo -sval -cultures:en-us -out $Msi "$Stage\certbot-assistant.wixobj" "$Stage\files.wixobj"
if ($LASTEXITCODE) { exit $LASTEXITCODE }
# Signed like the executables (CERTBOT_ASSISTANT_SIGN_*), or an UNSIGNED banner.
& $Py (Join-Path $Repo "installers\signing.py") $Msi
if ($LASTEXITCODE) { exit $LASTEXITCODE }
Write-Output $Msi
