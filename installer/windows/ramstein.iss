; Inno Setup 6 script: the Windows installer of Ramstein Planner (issue 9).
; Saved as UTF-8 with a BOM: ISCC reads the French and Ukrainian texts below only so.
;
;   ISCC.exe /DAppVersion=0.1.0 /DBundleDir=C:\...\dist\ramstein-planner ^
;            /DIconFile=C:\...\icons\ramstein.ico /O<output folder> installer\windows\ramstein.iss
;
; installer\build-windows.ps1 runs it after PyInstaller, with the version from the package
; metadata. The result, ramstein-planner-<version>-windows-x64-setup.exe:
;   - installs for the current user only, without administrator rights, into
;     %LOCALAPPDATA%\Programs\Ramstein Planner ({autopf} under PrivilegesRequired=lowest);
;   - puts "Ramstein Planner" (the windowed GUI) in the user's Start menu, and on the desktop
;     when asked; ramstein-cli.exe (the console twin) is installed next to it for the command
;     line, with no shortcut;
;   - associates .ramstein database files (HKCU\Software\Classes) with the GUI;
;   - registers an uninstaller (Settings > Apps, or the Start menu's Uninstall).
; User data (%LOCALAPPDATA%\ramstein-planner: planner.db, its backups, settings, Logs\) is not
; in the install folder: upgrading or uninstalling never touches it.

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=X.Y.Z (installer\build-windows.ps1 does)
#endif
#ifndef FileVersion
  ; Windows wants four numbers in the file properties; "0.1.0" (or "0.1.0.dev2") -> 0.1.0.0
  #define FileVersion AppVersion
#endif
#ifndef BundleDir
  #define BundleDir "..\..\build\installer\dist\ramstein-planner"
#endif
#ifndef IconFile
  #define IconFile "..\..\build\installer\icons\ramstein.ico"
#endif

#define AppName "Ramstein Planner"
#define AppExe "Ramstein Planner.exe"
#define CliExe "ramstein-cli.exe"
#define ProgId "RamsteinPlanner.Database"

#if !FileExists(AddBackslash(BundleDir) + AppExe)
  #error No Ramstein Planner.exe in BundleDir: build the bundle first (installer\build-windows.ps1)
#endif
#if !FileExists(AddBackslash(BundleDir) + CliExe)
  #error No ramstein-cli.exe in BundleDir: the spec builds both executables on Windows
#endif

[Setup]
; The AppId identifies the product across versions: an upgrade finds the previous install
; (its folder, its uninstaller) through it. Never change it.
AppId={{3F6B2C8E-5A41-4D7B-9E2F-7C1A0B9D4E63}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Ramstein Planner developers
VersionInfoVersion={#FileVersion}
VersionInfoProductName={#AppName}
VersionInfoDescription={#AppName} setup
; Per user, no elevation prompt: {autopf} is %LOCALAPPDATA%\Programs, {autoprograms} the
; user's Start menu, and the file association goes under HKCU.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
ChangesAssociations=yes
; An upgrade while the app runs: the Restart Manager asks to close it (files in use).
CloseApplications=yes
RestartApplications=no
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputBaseFilename=ramstein-planner-{#AppVersion}-windows-x64-setup
OutputDir=..\..\build\installer
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "uk"; MessagesFile: "compiler:Languages\Ukrainian.isl"

[CustomMessages]
en.AssociateFiles=Open .ramstein database files with {#AppName}
fr.AssociateFiles=Ouvrir les bases de données .ramstein avec {#AppName}
uk.AssociateFiles=Відкривати бази даних .ramstein у {#AppName}
en.DatabaseFile=Ramstein Planner database
en.FileTypes=File types:
fr.FileTypes=Types de fichiers :
uk.FileTypes=Типи файлів:
fr.DatabaseFile=Base de données Ramstein Planner
uk.DatabaseFile=База даних Ramstein Planner

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "associate"; Description: "{cm:AssociateFiles}"; GroupDescription: "{cm:FileTypes}"

[InstallDelete]
; An upgrade replaces the bundle whole. Left-over libraries or Qt plugins of the previous
; version in _internal would be loaded by the new one (Qt scans its plugin folders).
Type: filesanddirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{userdocs}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{userdocs}"; Tasks: desktopicon

[Registry]
; The .ramstein file type (per user). The extension points at our ProgID, which says how to
; open it: "...\Ramstein Planner.exe" "%1", i.e. `ramstein FILE`, the window on that database.
Root: HKCU; Subkey: "Software\Classes\.ramstein"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue; Tasks: associate
Root: HKCU; Subkey: "Software\Classes\.ramstein"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-ramstein-planner"; Flags: uninsdeletevalue; Tasks: associate
Root: HKCU; Subkey: "Software\Classes\.ramstein\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue; Tasks: associate
Root: HKCU; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:DatabaseFile}"; Flags: uninsdeletekey; Tasks: associate
Root: HKCU; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"",0"; Tasks: associate
Root: HKCU; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""; Tasks: associate
; "Open with" lists the app for .ramstein files even when the user picked another default.
Root: HKCU; Subkey: "Software\Classes\Applications\{#AppExe}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".ramstein"; ValueData: ""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#StringChange(AppName, '&', '&&')}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only the install folder (files the app never writes to, but Windows may leave behind);
; the user's data in %LOCALAPPDATA%\ramstein-planner stays.
Type: dirifempty; Name: "{app}"
