# Build the Windows installer, from the repository root in PowerShell (Python 3.11-3.13 and
# Inno Setup 6.3+ installed; not built in CI, which runs on Linux):
#
#   py -m pip install -e ".[packaging]"
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
#
# -> dist\cti-desktop\ (the PyInstaller folder) and dist\cti-desktop-<version>-setup.exe
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")
$python = if ($env:PYTHON) { $env:PYTHON } else { "py" }

# The executable's icon, rendered from the app's SVG by Qt.
New-Item -ItemType Directory -Force build\icons | Out-Null
& $python packaging\render_icons.py --ico cti_desktop\resources\app.svg build\icons\cti-desktop.ico
if ($LASTEXITCODE) { throw "rendering the icon failed" }

& $python -m PyInstaller --noconfirm --clean --distpath dist --workpath build\pyinstaller packaging\pyinstaller\cti-desktop.spec
if ($LASTEXITCODE) { throw "PyInstaller failed" }

# The version is the bundle's own; the smoke test is that it answers at all.
$version = ((& dist\cti-desktop\cti-desktop.exe --version) -split " ")[1]
if (-not $version) { throw "the bundle did not say its version" }

$iscc = if ($env:ISCC) { $env:ISCC } else { Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe" }
& $iscc "/DAppVersion=$version" packaging\windows\cti-desktop.iss
if ($LASTEXITCODE) { throw "Inno Setup failed" }
Write-Output "dist\cti-desktop-$version-setup.exe"
