<#
.SYNOPSIS
    Builds the Windows installer of Ramstein Planner from this checkout, in one command.

.DESCRIPTION
    installer\build-windows.ps1 [-Clean] [-TestInstall] [-BuildDir DIR] [-Python PYTHON]

      0. the translations (resources\translations\*.qm: compiled with scripts\build-translations.sh
         through bash when they are not there yet) and the icons (installer\make_icons.py);
      1. the PyInstaller one-folder bundle (installer\ramstein.spec) in BUILD\dist\ramstein-planner:
         "Ramstein Planner.exe" (windowed GUI) and ramstein-cli.exe (console) over one _internal\,
         both checked with --self-test;
      2. BUILD\ramstein-planner-<version>-windows-x64-setup.exe with Inno Setup 6 (ISCC.exe,
         installer\windows\ramstein.iss): per user, no admin rights, Start menu, .ramstein files;
      3. BUILD\ramstein-planner-<version>-windows-x64.zip: the bundle folder alone (no install).
    Prints each artefact's size and each step's time.

    -Clean        rebuild the bundle from scratch (PyInstaller's cache in BUILD\work is reused otherwise)
    -TestInstall  then install the setup silently for this user into a temporary folder, run the
                  installed ramstein-cli.exe --self-test and summary --json on a demo database,
                  check the .ramstein association, uninstall silently and check it is all gone
    -BuildDir     output folder (default: $env:RAMSTEIN_BUILD_DIR, else build\installer)
    -Python       the Python with the project and requirements-dev.lock installed
                  (default: $env:RAMSTEIN_PYTHON, else .venv\Scripts\python.exe)

    Needs: Python 3.11+ with `pip install --require-hashes -r requirements-dev.lock
    -r .github\requirements-windows.lock` and `pip install --no-deps -e .`; Inno Setup 6
    (preinstalled on hosted Windows runners; else `choco install innosetup`).
#>
[CmdletBinding()]
param(
    [switch]$Clean,
    [switch]$TestInstall,
    [string]$BuildDir = "",
    [string]$Python = ""
)

Set-StrictMode -Version 3.0
$ErrorActionPreference = 'Stop'
$ProgressPreference = 'SilentlyContinue'  # Compress-Archive's progress bar costs minutes

$Root = (Resolve-Path (Join-Path $PSScriptRoot '..')).Path
$App = 'ramstein-planner'
$GuiExe = 'Ramstein Planner.exe'
$CliExe = 'ramstein-cli.exe'
if (-not $BuildDir) { $BuildDir = if ($env:RAMSTEIN_BUILD_DIR) { $env:RAMSTEIN_BUILD_DIR } else { Join-Path $Root 'build\installer' } }
if (-not $Python) { $Python = if ($env:RAMSTEIN_PYTHON) { $env:RAMSTEIN_PYTHON } else { Join-Path $Root '.venv\Scripts\python.exe' } }
New-Item -ItemType Directory -Force -Path $BuildDir | Out-Null
$BuildDir = (Resolve-Path $BuildDir).Path

function Say([string]$Text) { Write-Host "==> $Text" }
function Die([string]$Text) { Write-Host "==> ERROR: $Text" -ForegroundColor Red; exit 1 }

# Invoke NAME { ... }: runs the block, fails on a native command's non-zero exit, prints the time.
function Invoke-Step([string]$Name, [scriptblock]$Block) {
    $watch = [System.Diagnostics.Stopwatch]::StartNew()
    $global:LASTEXITCODE = 0
    & $Block
    if ($LASTEXITCODE -ne 0) { Die "$Name failed (exit code $LASTEXITCODE)" }
    Say ("{0}: {1:N1} s" -f $Name, $watch.Elapsed.TotalSeconds)
}

function Size-Of([string]$Path) {
    $bytes = if ((Get-Item $Path).PSIsContainer) {
        (Get-ChildItem $Path -Recurse -File | Measure-Object -Property Length -Sum).Sum
    } else { (Get-Item $Path).Length }
    '{0:N0} MB' -f ($bytes / 1MB)
}

if (-not (Test-Path $Python)) { Die "no Python at $Python (pass -Python, or make .venv: see -?)" }
# No double quotes inside: Windows PowerShell 5.1 strips them from a native command's arguments.
$version = (& $Python -c 'from importlib import metadata; print(metadata.version(''ramstein-planner''))').Trim()
if ($LASTEXITCODE -ne 0 -or -not $version) { Die "ramstein-planner is not installed in $Python (pip install --no-deps -e .)" }
# Windows file versions are four numbers: 0.1.0 -> 0.1.0.0, 1.2.0.dev3 -> 1.2.0.0
$numbers = @([regex]::Matches($version, '\d+') | Select-Object -First 3 | ForEach-Object { $_.Value })
while ($numbers.Count -lt 4) { $numbers += '0' }
$fileVersion = $numbers -join '.'

# ------------------------------------------------------------------ 0. translations, icons
$translationsScript = Join-Path $Root 'scripts\build-translations.sh'
$compiled = @(Get-ChildItem (Join-Path $Root 'resources\translations') -Filter '*.qm' -ErrorAction SilentlyContinue)
if (-not (Test-Path $translationsScript)) {
    Say 'no scripts\build-translations.sh: the bundle ships whatever resources\translations holds'
} elseif ($compiled.Count -gt 0) {
    # CI compiles them once on Linux and hands them to this job; a developer may have run it.
    Say "translations: $($compiled.Count) compiled catalogues in resources\translations"
} elseif (Get-Command bash -ErrorAction SilentlyContinue) {
    Invoke-Step 'translations' { & bash $translationsScript }
} else {
    Die 'resources\translations has no .qm and there is no bash to run scripts\build-translations.sh (Git Bash, or compile them on Linux/macOS and copy resources\translations here)'
}
$env:RAMSTEIN_ICON_DIR = Join-Path $BuildDir 'icons'
Invoke-Step 'icons' { & $Python (Join-Path $Root 'installer\make_icons.py') $env:RAMSTEIN_ICON_DIR | Out-Null }

# ------------------------------------------------------------------------------ 1. bundle
$bundle = Join-Path $BuildDir "dist\$App"
Say "PyInstaller bundle $version (windows x64)"
$pyiArgs = @('-m', 'PyInstaller', '--noconfirm', '--log-level', 'WARN', '--distpath', (Join-Path $BuildDir 'dist'),
             '--workpath', (Join-Path $BuildDir 'work'))
if ($Clean) { $pyiArgs += '--clean' }
Invoke-Step 'bundle' { & $Python @pyiArgs (Join-Path $Root 'installer\ramstein.spec') }
foreach ($exe in @($GuiExe, $CliExe)) {
    if (-not (Test-Path (Join-Path $bundle $exe))) { Die "PyInstaller made no $bundle\$exe" }
}
Get-ChildItem (Join-Path $Root 'resources\translations') -Filter '*.qm' -ErrorAction SilentlyContinue | ForEach-Object {
    if (-not (Test-Path (Join-Path $bundle "_internal\ramstein\resources\translations\$($_.Name)"))) {
        Die "the bundle lacks the translation $($_.Name)"
    }
}

# The bundle's own check: resources, migrations, roster, an offscreen main window. The console
# executable prints each check; the windowed one has no console, so only its exit code counts.
$env:QT_QPA_PLATFORM = 'offscreen'
Invoke-Step 'bundle self-test (ramstein-cli.exe)' {
    $output = & (Join-Path $bundle $CliExe) --self-test
    $output | ForEach-Object { Write-Host $_ }
    if ($LASTEXITCODE -eq 0 -and -not ($output -match '^self-test ok')) { Die 'ramstein-cli.exe --self-test printed no "self-test ok"' }
}
Invoke-Step 'bundle self-test (Ramstein Planner.exe)' {
    $gui = Start-Process -FilePath (Join-Path $bundle $GuiExe) -ArgumentList '--self-test' -Wait -PassThru -WindowStyle Hidden
    if ($gui.ExitCode -ne 0) { Die "`"$GuiExe`" --self-test exited $($gui.ExitCode)" }
}
$reported = (& (Join-Path $bundle $CliExe) --version).Trim()
if ($reported -ne "Ramstein Planner $version") { Die "ramstein-cli.exe --version says '$reported', not $version" }

# ---------------------------------------------------------------------------- 2. installer
$iscc = $null
$command = Get-Command 'ISCC.exe' -ErrorAction SilentlyContinue
if ($command) { $iscc = $command.Source }
foreach ($candidate in @("${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe", "$env:ProgramFiles\Inno Setup 6\ISCC.exe",
                         "$env:LOCALAPPDATA\Programs\Inno Setup 6\ISCC.exe")) {
    if (-not $iscc -and (Test-Path $candidate)) { $iscc = $candidate }
}
if (-not $iscc) { Die 'Inno Setup 6 not found (ISCC.exe): install it, e.g. `choco install innosetup`' }
$setup = Join-Path $BuildDir "$App-$version-windows-x64-setup.exe"
Invoke-Step 'setup (Inno Setup)' {
    & $iscc /Q "/DAppVersion=$version" "/DFileVersion=$fileVersion" "/DBundleDir=$bundle" `
        "/DIconFile=$env:RAMSTEIN_ICON_DIR\ramstein.ico" "/O$BuildDir" (Join-Path $Root 'installer\windows\ramstein.iss')
}
if (-not (Test-Path $setup)) { Die "ISCC made no $setup" }

# ------------------------------------------------------------------------------- 3. zip
$zip = Join-Path $BuildDir "$App-$version-windows-x64.zip"
Invoke-Step 'zip' {
    if (Test-Path $zip) { Remove-Item $zip }
    Compress-Archive -Path $bundle -DestinationPath $zip -CompressionLevel Fastest
}

Say "bundle  $(Size-Of $bundle)  $bundle ($(@(Get-ChildItem $bundle -Recurse -File).Count) files)"
Say "setup   $(Size-Of $setup)  $setup"
Say "zip     $(Size-Of $zip)  $zip"

# ------------------------------------------------------------------- 4. install, run, remove
if ($TestInstall) {
    # Not under %TEMP%: on hosted runners it is an 8.3 short path (RUNNER~1), which Windows may
    # write back long in the registry; %LOCALAPPDATA% is where per-user programs go anyway.
    $target = Join-Path $env:LOCALAPPDATA "Programs\ramstein-install-test-$PID"
    $log = Join-Path $BuildDir 'setup-test.log'
    Invoke-Step 'silent install' {
        $p = Start-Process -FilePath $setup -Wait -PassThru -ArgumentList @(
            '/VERYSILENT', '/SUPPRESSMSGBOXES', '/NORESTART', "/DIR=`"$target`"",
            '/TASKS=associate', "/LOG=`"$log`"")
        if ($p.ExitCode -ne 0) { Die "setup exited $($p.ExitCode) (log: $log)" }
    }
    $installedCli = Join-Path $target $CliExe
    Invoke-Step 'installed self-test' { & $installedCli --self-test | Out-Host }
    $demo = Join-Path $BuildDir 'install-test.ramstein'
    Invoke-Step 'installed demo + summary' {
        & $installedCli demo --db $demo --pledges 50 --deliveries 100 --quiet | Out-Host
        if ($LASTEXITCODE -ne 0) { return }
        $summary = (& $installedCli summary --db $demo --json) -join "`n" | ConvertFrom-Json
        if ($summary.pledges -ne 50 -or $summary.deliveries -ne 100) { Die "summary: $($summary.pledges) pledges, $($summary.deliveries) deliveries" }
    }
    $command = (Get-ItemProperty 'HKCU:\Software\Classes\RamsteinPlanner.Database\shell\open\command').'(default)'
    $expected = "`"$target\$GuiExe`" `"%1`""
    if ($command -ne $expected) { Die "the .ramstein association runs '$command', not '$expected'" }
    $progId = (Get-ItemProperty 'HKCU:\Software\Classes\.ramstein').'(default)'
    if ($progId -ne 'RamsteinPlanner.Database') { Die ".ramstein points at '$progId'" }
    $startMenu = Join-Path ([Environment]::GetFolderPath('Programs')) 'Ramstein Planner.lnk'
    if (-not (Test-Path $startMenu)) { Die "no Start menu entry $startMenu" }
    Say "installed in $target, .ramstein -> $command, Start menu: $startMenu"
    Invoke-Step 'silent uninstall' {
        $p = Start-Process -FilePath (Join-Path $target 'unins000.exe') -Wait -PassThru -ArgumentList @(
            '/VERYSILENT', '/SUPPRESSMSGBOXES', '/NORESTART')
        if ($p.ExitCode -ne 0) { Die "the uninstaller exited $($p.ExitCode)" }
    }
    # The uninstaller finishes removing its own folder from a copy of itself: give it a moment.
    for ($i = 0; $i -lt 30 -and (Test-Path $target); $i++) { Start-Sleep -Seconds 1 }
    if (Test-Path $target) { Die "uninstall left $target behind" }
    if (Test-Path 'HKCU:\Software\Classes\RamsteinPlanner.Database') { Die 'uninstall left the .ramstein file type behind' }
    if (Test-Path $startMenu) { Die 'uninstall left the Start menu entry behind' }
    if (-not (Test-Path $demo)) { Die 'uninstall removed a user database' }
    Remove-Item $demo, "$demo-wal", "$demo-shm" -ErrorAction SilentlyContinue
    Say 'install test: installed, ran, associated, uninstalled cleanly'
}
