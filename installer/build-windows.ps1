# Builds Supervision Desk for Windows into target\installer\:
#   Supervision Desk\                     the app-image: a folder that runs in place
#                                         ("Supervision Desk.exe"), Java runtime included
#   Supervision Desk-<version>.msi        installs it for the signed-in user, with a Start menu
#                                         entry and a desktop shortcut
# Usage: powershell -ExecutionPolicy Bypass -File installer\build-windows.ps1 [app-image|msi|all]
# Needs a JDK 17 or later with jlink and jpackage (JAVA_HOME, or on the PATH), and for the .msi
# the WiX Toolset 3 (candle.exe and light.exe on the PATH). See installer\README.md.
param([ValidateSet('app-image', 'msi', 'all')][string]$What = 'all')
$ErrorActionPreference = 'Stop'
Set-Location (Split-Path -Parent $PSScriptRoot)

function Find-Tool([string]$name) {
    if ($env:JAVA_HOME -and (Test-Path (Join-Path $env:JAVA_HOME "bin\$name.exe"))) {
        return (Join-Path $env:JAVA_HOME "bin\$name.exe")
    }
    $found = Get-Command $name -ErrorAction SilentlyContinue
    if ($found) { return $found.Source }
    Write-Error "$name not found: install a full JDK 17 or later, or set JAVA_HOME to one"
    exit 1
}

# Runs a program and stops the build if it fails (PowerShell does not, for native programs).
function Invoke-Checked([string]$program, [string[]]$arguments) {
    & $program @arguments
    if ($LASTEXITCODE -ne 0) {
        Write-Error "$program failed with exit code $LASTEXITCODE"
        exit 1
    }
}

$jlink = Find-Tool 'jlink'
$jpackage = Find-Tool 'jpackage'
if ($What -ne 'app-image' -and -not ((Get-Command candle.exe -ErrorAction SilentlyContinue) -and
        (Get-Command light.exe -ErrorAction SilentlyContinue))) {
    Write-Error ('the .msi needs the WiX Toolset 3 (candle.exe and light.exe) on the PATH: ' +
        'https://github.com/wixtoolset/wix3/releases, or "choco install wixtoolset"')
    exit 1
}

# The shaded jar, and the argfiles with the version filled in (target\jpackage\*.options).
Invoke-Checked '.\mvnw.cmd' @('-B', '-q', '-DskipTests', 'package')

foreach ($old in @('target\jpackage\input', 'target\jpackage\runtime', 'target\installer\Supervision Desk')) {
    if (Test-Path $old) { Remove-Item -Recurse -Force $old }
}
Get-ChildItem 'target\installer\Supervision Desk-*.msi' -ErrorAction SilentlyContinue | Remove-Item -Force
New-Item -ItemType Directory -Force 'target\jpackage\input', 'target\installer' | Out-Null
Copy-Item 'target\supervision-desk.jar' 'target\jpackage\input\'
Invoke-Checked $jlink @('@target/jpackage/runtime.options', '--output', 'target/jpackage/runtime')

if ($What -ne 'msi') {
    Invoke-Checked $jpackage @('@target/jpackage/common.options', '@target/jpackage/windows.options',
        '--type', 'app-image', '--dest', 'target/installer')
}
if ($What -ne 'app-image') {
    Invoke-Checked $jpackage @('@target/jpackage/common.options', '@target/jpackage/windows.options',
        '@target/jpackage/windows-msi.options', '--type', 'msi', '--dest', 'target/installer')
}
Get-ChildItem 'target\installer'
