; Inno Setup script: the Windows installer of Frontdesk (客服前台).
;
; Build (on Windows, after `py packaging\build.py` has made build\package\dist\frontdesk\):
;   iscc /DAppVersion=0.1.0 packaging\frontdesk.iss      → build\installer\Frontdesk-0.1.0-Setup.exe
; packaging/README.md says it step by step; .github/workflows/windows.yml does it on a hosted runner.
;
; - Installs per machine under Program Files (administrator rights), Start-menu and desktop shortcuts.
; - The installer speaks Simplified Chinese (English for an English Windows).
; - The user's data never lives here: the program keeps it in %LOCALAPPDATA%\Frontdesk (store,
;   backups, log). The uninstaller removes only what it installed, so the data and its backups stay.
; - Installing a newer version over an older one upgrades in place (same AppId): the old program
;   files are replaced, the data is untouched, and the new version's first start backs the store up
;   and then migrates it (frontdesk.core.migrate.upgrade).
; - At the end it runs `frontdesk-cli.exe selftest` (on throw-away data) and says so if it fails.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z packaging\frontdesk.iss (it is frontdesk.__version__)
#endif
#define AppName "Frontdesk"
#define AppNameZh "客服前台"
; (relative paths below are relative to this script's folder, packaging\)
#define Bundle AddBackslash(SourcePath) + "..\build\package\dist\frontdesk"
#ifnexist Bundle + "\frontdesk.exe"
  #error The bundle is missing: run `py packaging\build.py` first (it makes build\package\dist\frontdesk).
#endif

[Setup]
; The AppId ties every version together: a new version installs over the old one (never change it).
AppId={{5D0C3E61-8B0A-4F53-9C3B-3F7E1A6C2D41}
AppName={#AppName} {#AppNameZh}
AppVersion={#AppVersion}
AppVerName={#AppNameZh} {#AppVersion}
AppPublisher={#AppName}
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppNameZh}
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
OutputDir=..\build\installer
OutputBaseFilename=Frontdesk-{#AppVersion}-Setup
UninstallDisplayIcon={app}\frontdesk.exe
UninstallDisplayName={#AppNameZh} {#AppVersion}
; a running Frontdesk is closed (after asking) before its files are replaced
CloseApplications=yes
RestartApplications=no
ShowLanguageDialog=auto

[Languages]
#ifexist AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl"
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#elif FileExists(AddBackslash(SourcePath) + "ChineseSimplified.isl")
Name: "chinesesimplified"; MessagesFile: "ChineseSimplified.isl"
#else
  #error ChineseSimplified.isl is missing: put it in Inno Setup's Languages folder or in packaging\ (see packaging/README.md).
#endif
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
chinesesimplified.DesktopIcon=在桌面创建快捷方式
english.DesktopIcon=Create a desktop shortcut
chinesesimplified.SelfTesting=正在自检：确认程序能够完成全部工作……
english.SelfTesting=Self-test: checking the program can do its whole job...
chinesesimplified.SelfTestFailed=自检未通过（结果见 %1）。程序可能不完整，请重新安装；仍有问题请把这个文件交给技术支持。
english.SelfTestFailed=The self-test failed (see %1). The program may be incomplete: install it again, and if that does not help, send this file to support.

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"

[InstallDelete]
; an upgrade replaces the old program files completely (a library left from the old version could be loaded)
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "..\build\package\dist\frontdesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppNameZh}"; Filename: "{app}\frontdesk.exe"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppNameZh}"; Filename: "{app}\frontdesk.exe"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\frontdesk.exe"; Description: "{cm:LaunchProgram,{#AppNameZh}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; only what the installer itself wrote; %LOCALAPPDATA%\Frontdesk (data and backups) is never touched
Type: files; Name: "{app}\selftest.log"

[Code]
{ The self-test at the end of the installation: its output goes to {app}\selftest.log. }
procedure CurStepChanged(CurStep: TSetupStep);
var
  ResultCode: Integer;
  Log: String;
begin
  if CurStep = ssPostInstall then
  begin
    Log := ExpandConstant('{app}\selftest.log');
    WizardForm.StatusLabel.Caption := CustomMessage('SelfTesting');
    if not Exec(ExpandConstant('{cmd}'), '/C ""' + ExpandConstant('{app}\frontdesk-cli.exe') + '" selftest > "' + Log + '" 2>&1"',
                '', SW_HIDE, ewWaitUntilTerminated, ResultCode) or (ResultCode <> 0) then
      SuppressibleMsgBox(FmtMessage(CustomMessage('SelfTestFailed'), [Log]), mbError, MB_OK, IDOK);
  end;
end;
