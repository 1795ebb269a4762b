; Inno Setup 6 script: the Windows installer for the one-folder bundle that `make bundle` (PyInstaller,
; installer/karavan.spec) leaves in dist\karavan. Built by .github/workflows/windows-installer.yml:
;
;   iscc /DAppVersion=0.1.0 installer\karavan.iss      ->  dist\karavan-setup-0.1.0.exe
;
; Per-user (no administrator rights, into %LOCALAPPDATA%\Programs) or for all users (Program Files),
; chosen in a dialog or by /CURRENTUSER or /ALLUSERS. The user's data (%LOCALAPPDATA%\Karavan: databases,
; settings, logs) is never touched by an upgrade, and the uninstaller keeps it unless asked.
;
; Silent install for administrators (README "Silent install"):
;   karavan-setup-0.1.0.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /ALLUSERS
;       /TASKS="associate" /SERVER=crm-db.office.lan /PORT=5432 /DATABASE=karavan /PROFILE="Office server"
; /SERVER (with /PORT, /DATABASE, /DBUSER, /PROFILE) writes the machine-wide connection profile that
; Karavan offers every user of the PC: %ProgramData%\Karavan\Karavan\profiles.json (all-users installs only).
; Silent uninstall: unins000.exe /VERYSILENT [/DELETEDATA]

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define AppName "Karavan"
#define AppExe "karavan.exe"

[Setup]
; The AppId ties upgrades and the uninstaller together: never change it.
AppId={{8B0F5C2E-6A31-4E0B-9C1D-3F7A2B9D4E61}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Karavan
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\dist
OutputBaseFilename=karavan-setup-{#AppVersion}
SetupIconFile=..\app\resources\icons\karavan.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
; A running Karavan is closed (it asks about unsaved cards) before its files are replaced.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "russian"; MessagesFile: "compiler:Languages\Russian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "associate"; Description: "Open Karavan backup files (.kvbackup) with Karavan"; GroupDescription: "File types:"

[InstallDelete]
; An upgrade replaces the bundle's libraries as a whole, so no file of the old version is left to be loaded.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "..\dist\karavan\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; HKA is HKCU for a per-user install and HKLM for an all-users one.
Root: HKA; Subkey: "Software\Classes\.kvbackup"; ValueType: string; ValueName: ""; ValueData: "Karavan.Backup"; Flags: uninsdeletevalue; Tasks: associate
Root: HKA; Subkey: "Software\Classes\.kvbackup\OpenWithProgids"; ValueType: string; ValueName: "Karavan.Backup"; ValueData: ""; Flags: uninsdeletevalue; Tasks: associate
Root: HKA; Subkey: "Software\Classes\Karavan.Backup"; ValueType: string; ValueName: ""; ValueData: "Karavan backup"; Flags: uninsdeletekey; Tasks: associate
Root: HKA; Subkey: "Software\Classes\Karavan.Backup\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"",0"; Tasks: associate
Root: HKA; Subkey: "Software\Classes\Karavan.Backup\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" restore ""%1"""; Tasks: associate

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
function JsonString(Value: String): String;
begin
  StringChangeEx(Value, '\', '\\', True);
  StringChangeEx(Value, '"', '\"', True);
  Result := '"' + Value + '"';
end;

function MachineConfigDir(): String;
begin
  // platformdirs.site_config_dir("Karavan", "Karavan") on Windows; app/config.py reads profiles.json there.
  Result := ExpandConstant('{commonappdata}\Karavan\Karavan');
end;

procedure WriteMachineProfile();
var
  Server, Port, Database, DbUser, ProfileName, Json, Path: String;
  Lines: TArrayOfString;
begin
  Server := Trim(ExpandConstant('{param:SERVER|}'));
  if Server = '' then
    Exit;
  if not IsAdminInstallMode() then
  begin
    Log('/SERVER ignored: the machine-wide profile needs an all-users install (/ALLUSERS)');
    if not WizardSilent() then
      MsgBox('The server address is set for all users only by an all-users install; it was not written.',
             mbInformation, MB_OK);
    Exit;
  end;
  Port := IntToStr(StrToIntDef(Trim(ExpandConstant('{param:PORT|5432}')), 5432));
  if (StrToInt(Port) <= 0) or (StrToInt(Port) > 65535) then
    Port := '5432';
  Database := Trim(ExpandConstant('{param:DATABASE|karavan}'));
  DbUser := Trim(ExpandConstant('{param:DBUSER|}'));
  ProfileName := Trim(ExpandConstant('{param:PROFILE|Office server}'));
  Json := '{' + #13#10 + '  "version": 1,' + #13#10 + '  "profiles": [' + #13#10 +
          '    {"name": ' + JsonString(ProfileName) + ', "kind": "postgresql", "host": ' + JsonString(Server) +
          ', "port": ' + Port + ', "database": ' + JsonString(Database) + ', "user": ' + JsonString(DbUser) +
          ', "path": ""}' + #13#10 + '  ]' + #13#10 + '}' + #13#10;
  Path := MachineConfigDir() + '\profiles.json';
  // UTF-8 (a profile or server name may be Cyrillic); Karavan reads the byte-order mark this writes.
  SetArrayLength(Lines, 1);
  Lines[0] := Json;
  if ForceDirectories(MachineConfigDir()) and SaveStringsToUTF8File(Path, Lines, False) then
    Log('Machine-wide profile written to ' + Path)
  else
    Log('Could not write ' + Path);
end;

procedure CurStepChanged(CurStep: TSetupStep);
begin
  if CurStep = ssPostInstall then
    WriteMachineProfile();
end;

function HasSwitch(Name: String): Boolean;
var
  I: Integer;
begin
  Result := False;
  for I := 1 to ParamCount() do
    if CompareText(ParamStr(I), Name) = 0 then
      Result := True;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DeleteData: Boolean;
begin
  if CurUninstallStep <> usPostUninstall then
    Exit;
  // The data stays unless asked: a silent uninstall needs /DELETEDATA, an interactive one a "Yes" (default No).
  if UninstallSilent() then
    DeleteData := HasSwitch('/DELETEDATA')
  else
    DeleteData := MsgBox('Also delete your Karavan data on this PC (the local database, settings, logs and ' +
                         'crash reports in ' + ExpandConstant('{localappdata}\Karavan') + ')?' + #13#10#13#10 +
                         'Choose No to keep it for a later installation. Data on a server is never touched.',
                         mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES;
  if DeleteData then
  begin
    DelTree(ExpandConstant('{localappdata}\Karavan'), True, True, True);
    if IsAdminInstallMode() then
      DelTree(ExpandConstant('{commonappdata}\Karavan'), True, True, True);
  end;
end;
