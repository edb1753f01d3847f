; Inno Setup 6 script: sortapp's Windows installer, made from the PyInstaller bundle.
;
;   pyinstaller --noconfirm packaging\sortapp.spec        (makes dist\sortapp\)
;   iscc packaging\windows\sortapp.iss                     (makes dist\sortapp-VERSION-windows-x64-setup.exe)
;
; The version is read from the bundle's sortapp.exe (its version resource, written by the spec from
; sortapp.__version__): nothing to pass. /DDistDir=FOLDER builds from another bundle folder.
; .github/workflows/windows.yml builds, installs, upgrades and removes it on a Windows runner.
;
; What it does (packaging/README.md, "Windows"):
; - installs for the whole machine (administrator) in Program Files\sortapp, a Start menu entry,
;   optionally a desktop icon; sortapp.exe is the app, sortapp-cli.exe the same program for cmd;
; - associates transfer files (*.sortapp-transfer) with sortapp;
; - writes the machine configuration file C:\ProgramData\sortapp\sortapp.toml from a wizard page:
;   this workstation keeps its own database file (standalone), or opens the facility server
;   (host, port, database, TLS mode, the facility CA's certificate); other settings in an existing
;   file are kept, and an upgrade keeps the file as it is unless told otherwise;
; - an upgrade (same AppId) replaces the program folder only: databases and backups live in each
;   user's data folder (%LOCALAPPDATA%\sortapp) and are never touched, neither is anything on
;   uninstall, which asks (interactive only) whether to remove the machine configuration file.
;
; Silent install (IT's deployment):
;   sortapp-VERSION-windows-x64-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
;       [/MODE=keep|standalone|server] [/SERVER=HOST] [/PORT=5432] [/DATABASE=sortapp]
;       [/SSLMODE=verify-full] [/SSLROOTCERT=C:/ProgramData/sortapp/facility-ca.crt]
;       [/DESKTOPICON]  (the default mode: keep an existing file, else standalone)

#define Here AddBackslash(SourcePath)
#ifndef DistDir
  #define DistDir Here + "..\..\dist\sortapp"
#endif
#define AppExe DistDir + "\sortapp.exe"
#if !FileExists(AppExe)
  #error The bundle is missing: build it first (pyinstaller --noconfirm packaging\sortapp.spec)
#endif
#define AppVersion GetStringFileInfo(AppExe, "ProductVersion")
#define AppVersionNumbers GetVersionNumbersString(AppExe)
#if AppVersion == ""
  #error sortapp.exe has no version resource (see packaging/sortapp.spec)
#endif

[Setup]
; Never change the AppId: Windows and this installer know sortapp by it (upgrades, uninstall).
AppId={{09BDB224-0791-4F00-BCC9-4B6217B96A70}
AppName=sortapp
AppVersion={#AppVersion}
AppVerName=sortapp {#AppVersion}
AppPublisher=sortapp
VersionInfoVersion={#AppVersionNumbers}
VersionInfoProductVersion={#AppVersionNumbers}
VersionInfoDescription=sortapp installer
DefaultDirName={autopf}\sortapp
DefaultGroupName=sortapp
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#Here}..\..\dist
OutputBaseFilename=sortapp-{#AppVersion}-windows-x64-setup
SetupIconFile={#Here}..\icons\sortapp.ico
UninstallDisplayIcon={app}\sortapp.exe
UninstallDisplayName=sortapp {#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
; A running sortapp is closed (it backs up as it closes) before its files are replaced.
CloseApplications=yes
RestartApplications=no
SetupLogging=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the bundle whole: no library or Qt plugin of the older version stays behind.
; (The program folder holds no data: databases and backups are in each user's data folder.)
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\sortapp"; Filename: "{app}\sortapp.exe"; Comment: "Rough-diamond sorting inventory"
Name: "{autodesktop}\sortapp"; Filename: "{app}\sortapp.exe"; Tasks: desktopicon

[Registry]
; Transfer files (sortapp bundle export): double-clicked, they open in sortapp.
Root: HKA; Subkey: "Software\Classes\.sortapp-transfer"; ValueType: string; ValueName: ""; ValueData: "sortapp.transfer"; Flags: uninsdeletevalue uninsdeletekeyifempty
Root: HKA; Subkey: "Software\Classes\.sortapp-transfer"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-sortapp-transfer"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.sortapp-transfer\OpenWithProgids"; ValueType: string; ValueName: "sortapp.transfer"; ValueData: ""; Flags: uninsdeletevalue uninsdeletekeyifempty
Root: HKA; Subkey: "Software\Classes\sortapp.transfer"; ValueType: string; ValueName: ""; ValueData: "sortapp transfer file"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\sortapp.transfer\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\sortapp.exe,0"
Root: HKA; Subkey: "Software\Classes\sortapp.transfer\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\sortapp.exe"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\sortapp.exe\SupportedTypes"; ValueType: string; ValueName: ".sortapp-transfer"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\sortapp.exe"; Description: "{cm:LaunchProgram,sortapp}"; Flags: nowait postinstall skipifsilent

[Code]
const
  ConfigName = 'sortapp.toml';
  DefaultPort = '5432';
  ModeKeep = 'keep';
  ModeStandalone = 'standalone';
  ModeServer = 'server';

var
  ModePage: TInputOptionWizardPage;
  ServerPage: TInputQueryWizardPage;
  HadConfig: Boolean;

{ The machine configuration file: platformdirs' site_config_path('sortapp') on Windows, which
  sortapp.paths.machine_config_path reads. }
function ConfigPath(): String;
begin
  Result := ExpandConstant('{commonappdata}\sortapp\') + ConfigName;
end;

{ Whether every character of Text is a letter, a digit or one of Extra. }
function OnlyPlain(const Text, Extra: String): Boolean;
var
  I: Integer;
  C: Char;
begin
  Result := Text <> '';
  for I := 1 to Length(Text) do
  begin
    C := Text[I];
    if not (((C >= 'a') and (C <= 'z')) or ((C >= 'A') and (C <= 'Z')) or
            ((C >= '0') and (C <= '9')) or (Pos(C, Extra) > 0)) then
    begin
      Result := False;
      Exit;
    end;
  end;
end;

function IsTlsMode(const Mode: String): Boolean;
begin
  Result := (Mode = 'disable') or (Mode = 'prefer') or (Mode = 'require') or
            (Mode = 'verify-ca') or (Mode = 'verify-full');
end;

{ The server's fields as typed ('' when sound, else what to fix), as sortapp's own
  Server.of checks them (sortapp/services/workstation.py). }
function ServerProblem(const Host, Port, Database, Tls, RootCert: String): String;
var
  Number: Integer;
begin
  Result := '';
  Number := StrToIntDef(Port, -1);
  if not OnlyPlain(Host, '.-_:[]') then
    Result := 'The server''s host name "' + Host + '" is not a host name or address.'
  else if (Number < 1) or (Number > 65535) then
    Result := 'The port "' + Port + '" is not a number from 1 to 65535.'
  else if not OnlyPlain(Database, '_.-') then
    Result := 'The database name "' + Database + '" is not a plain name (letters, digits, _ . -).'
  else if not IsTlsMode(Tls) then
    Result := 'The TLS mode "' + Tls + '" is not one of disable, prefer, require, verify-ca, verify-full.'
  else if (RootCert <> '') and ((Pos('&', RootCert) > 0) or (Pos('"', RootCert) > 0) or (Pos(' ', RootCert) > 0)
           or (Pos('#', RootCert) > 0) or (Pos('%', RootCert) > 0) or (Pos('?', RootCert) > 0)) then
    Result := 'The CA certificate''s path "' + RootCert + '" may not hold spaces, quotes or any of & # % ?: put the file in C:\ProgramData\sortapp.'
  else if ((Tls = 'verify-ca') or (Tls = 'verify-full')) and (RootCert <> '') and not FileExists(RootCert) then
    Result := 'There is no CA certificate at "' + RootCert + '": copy the facility CA''s certificate there first.';
end;

{ The URL sortapp opens: no user, no password (everyone signs in as themselves). }
function ServerUrl(const Host, Port, Database, Tls, RootCert: String): String;
var
  Cert: String;
begin
  Result := 'postgresql://' + Host + ':' + Port + '/' + Database + '?sslmode=' + Tls;
  if RootCert <> '' then
  begin
    Cert := RootCert;
    StringChangeEx(Cert, '\', '/', True);  { a TOML string treats a backslash as an escape }
    Result := Result + '&sslrootcert=' + Cert;
  end;
  Result := Result + '&connect_timeout=5';
end;

{ The file's lines with its top-level database line replaced by Line ('' removes it), or Line
  added first; every other setting kept (as sortapp's workstation.config_text does). }
function WithDatabase(const Lines: TArrayOfString; const Line: String): TArrayOfString;
var
  I, Count: Integer;
  InTable, Replaced: Boolean;
  Stripped, Rest: String;
begin
  SetArrayLength(Result, GetArrayLength(Lines) + 1);
  Count := 0;
  InTable := False;
  Replaced := False;
  for I := 0 to GetArrayLength(Lines) - 1 do
  begin
    Stripped := Trim(Lines[I]);
    if Copy(Stripped, 1, 1) = '[' then
      InTable := True;
    Rest := Trim(Copy(Stripped, 9, Length(Stripped)));
    if (not InTable) and (Copy(Stripped, 1, 8) = 'database') and (Copy(Rest, 1, 1) = '=') then
    begin
      if (not Replaced) and (Line <> '') then
      begin
        Result[Count] := Line;
        Count := Count + 1;
      end;
      Replaced := True;
      Continue;
    end;
    Result[Count] := Lines[I];
    Count := Count + 1;
  end;
  if (not Replaced) and (Line <> '') then
  begin
    for I := Count downto 1 do
      Result[I] := Result[I - 1];
    Result[0] := Line;
    Count := Count + 1;
  end;
  SetArrayLength(Result, Count);
end;

function ParamMode(): String;
begin
  Result := Lowercase(ExpandConstant('{param:MODE|}'));
end;

procedure InitializeWizard();
var
  Mode: String;
begin
  HadConfig := FileExists(ConfigPath());
  ModePage := CreateInputOptionPage(wpSelectTasks,
    'Database', 'Where does this workstation keep its inventory?',
    'sortapp keeps its ledger either in a file on this workstation (a single workstation, or a ' +
    'remote site working offline) or on the facility''s PostgreSQL server, shared by every ' +
    'workstation. The choice is written to ' + ConfigPath() + ' for every user of this computer.',
    True, False);
  ModePage.Add('Keep this workstation''s configuration as it is (' + ConfigPath() + ')');
  ModePage.Add('Standalone: a database file on this workstation, in each user''s data folder');
  ModePage.Add('Facility server: every workstation on one PostgreSQL database');
  ModePage.CheckListBox.ItemEnabled[0] := HadConfig;

  ServerPage := CreateInputQueryPage(ModePage.ID,
    'Facility server', 'Which server and database does this workstation open?',
    'Ask IT for these (docs/facility-server.md, section 5). No user name or password is kept: ' +
    'everyone signs in as themselves. The CA certificate is the facility CA''s, copied to this ' +
    'computer first (needed for the TLS modes verify-ca and verify-full).');
  ServerPage.Add('Server host name or address:', False);
  ServerPage.Add('Port:', False);
  ServerPage.Add('Database:', False);
  ServerPage.Add('TLS mode (disable, prefer, require, verify-ca, verify-full):', False);
  ServerPage.Add('Facility CA certificate (a path, may be blank):', False);
  ServerPage.Values[0] := ExpandConstant('{param:SERVER|}');
  ServerPage.Values[1] := ExpandConstant('{param:PORT|' + DefaultPort + '}');
  ServerPage.Values[2] := ExpandConstant('{param:DATABASE|sortapp}');
  ServerPage.Values[3] := ExpandConstant('{param:SSLMODE|verify-full}');
  ServerPage.Values[4] := ExpandConstant('{param:SSLROOTCERT|' + ExpandConstant('{commonappdata}') + '\sortapp\facility-ca.crt}');

  Mode := ParamMode();
  if Mode = ModeServer then
    ModePage.SelectedValueIndex := 2
  else if (Mode = ModeStandalone) or not HadConfig then
    ModePage.SelectedValueIndex := 1
  else
    ModePage.SelectedValueIndex := 0;
end;

function ShouldSkipPage(PageID: Integer): Boolean;
begin
  Result := (PageID = ServerPage.ID) and (ModePage.SelectedValueIndex <> 2);
end;

function NextButtonClick(CurPageID: Integer): Boolean;
var
  Problem: String;
begin
  Result := True;
  if CurPageID = ServerPage.ID then
  begin
    Problem := ServerProblem(Trim(ServerPage.Values[0]), Trim(ServerPage.Values[1]),
      Trim(ServerPage.Values[2]), Trim(ServerPage.Values[3]), Trim(ServerPage.Values[4]));
    if Problem <> '' then
    begin
      MsgBox(Problem, mbError, MB_OK);
      Result := False;
    end;
  end;
end;

{ A silent install checks the server's fields here (no page to stop on). }
function PrepareToInstall(var NeedsRestart: Boolean): String;
var
  Mode: String;
begin
  Result := '';
  Mode := ParamMode();
  if (Mode <> '') and (Mode <> ModeKeep) and (Mode <> ModeStandalone) and (Mode <> ModeServer) then
    Result := '/MODE=' + Mode + ' is not keep, standalone or server.'
  else if ModePage.SelectedValueIndex = 2 then
    Result := ServerProblem(Trim(ServerPage.Values[0]), Trim(ServerPage.Values[1]),
      Trim(ServerPage.Values[2]), Trim(ServerPage.Values[3]), Trim(ServerPage.Values[4]));
end;

{ Write the machine configuration file for the mode chosen (nothing for "keep"). }
procedure WriteMachineConfig();
var
  Lines, Written: TArrayOfString;
  Line: String;
begin
  if ModePage.SelectedValueIndex = 0 then
    Exit;
  if ModePage.SelectedValueIndex = 2 then
    Line := 'database = "' + ServerUrl(Trim(ServerPage.Values[0]), Trim(ServerPage.Values[1]),
      Trim(ServerPage.Values[2]), Trim(ServerPage.Values[3]), Trim(ServerPage.Values[4])) + '"'
  else
    Line := '';  { standalone: no database line, so sortapp opens the user's own file }
  if not LoadStringsFromFile(ConfigPath(), Lines) then
    SetArrayLength(Lines, 0);
  Written := WithDatabase(Lines, Line);
  if (GetArrayLength(Written) = 0) and not FileExists(ConfigPath()) then
    Exit;  { standalone with no file: nothing to write }
  ForceDirectories(ExtractFileDir(ConfigPath()));
  { UTF-8 without a byte order mark: Python's TOML reader refuses one. }
  if not SaveStringsToUTF8FileWithoutBOM(ConfigPath(), Written, False) then
    RaiseException('Could not write ' + ConfigPath());
  Log('Wrote ' + ConfigPath() + ': ' + Line);
end;

procedure CurStepChanged(CurStep: TSetupStep);
begin
  if CurStep = ssPostInstall then
    WriteMachineConfig();
end;

{ Uninstalling removes the program only. Databases and backups (each user's
  %LOCALAPPDATA%\sortapp) are never removed; the machine configuration file only when the
  person uninstalling says so (never in a silent uninstall). }
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and FileExists(ConfigPath()) and not UninstallSilent() then
  begin
    if MsgBox('Remove this workstation''s machine configuration file too?' + #13#10 + ConfigPath() +
              #13#10#13#10 + 'Keep it if sortapp will be installed again (it names the facility ' +
              'server). Databases and backups in the users'' data folders are kept either way.',
              mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES then
      DeleteFile(ConfigPath());
  end;
end;
