#Requires -Version 5.1
<#
.SYNOPSIS
    TextEhr 電子カルテをこのパソコンの今の利用者に入れます(入れ直すと更新、-Uninstall で削除)。
    Installs TextEhr for the current Windows user (re-run to upgrade; -Uninstall removes it).

.DESCRIPTION
    1. install.ps1 の横の textehr.exe か publish\textehr.exe を使い、なければ .NET SDK で作ります。
    2. プログラムを %LOCALAPPDATA%\Programs\TextEhr に置きます(更新ではプログラムだけを置き換えます)。
    3. データフォルダ(%LOCALAPPDATA%\TextEhr、または TEXTEHR_DATA)を作ります。データには触れません。
    4. スタートメニューとデスクトップに「TextEhr 電子カルテ」を作り、大きな BIZ UDゴシックで開くようにします。
    5. バックアップの合言葉(パスフレーズ)をいま決めるかを 1 回だけ尋ねます。
    管理者の権限は要りません。書き込むのはこの利用者のフォルダと HKCU だけです。
    Needs no administrator rights; writes only to this user's folders and HKCU.

.EXAMPLE
    powershell -ExecutionPolicy Bypass -File .\install.ps1
.EXAMPLE
    powershell -ExecutionPolicy Bypass -File .\install.ps1 -Uninstall
#>
[CmdletBinding()]
param(
    # プログラムを削除します(データは残します) / removes the program, keeps the data.
    [switch]$Uninstall,
    # 合言葉を尋ねません(あとで textehr backup passphrase) / does not ask for the backup passphrase.
    [switch]$SkipPassphrase
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

# Every place this script writes. Nothing outside the user's own folders and HKCU; no admin rights.
$Title = 'TextEhr 電子カルテ'
$ProgramDir = Join-Path $env:LOCALAPPDATA 'Programs\TextEhr'
$ProgramExe = Join-Path $ProgramDir 'textehr.exe'
$StagingDir = Join-Path $env:LOCALAPPDATA 'Programs\TextEhr.new'
$RetiredDir = Join-Path $env:LOCALAPPDATA 'Programs\TextEhr.old'
$PublishDir = Join-Path $PSScriptRoot 'publish'
$StartMenuLink = Join-Path ([Environment]::GetFolderPath('Programs')) "$Title.lnk"
$DesktopLink = Join-Path ([Environment]::GetFolderPath('Desktop')) "$Title.lnk"
# HKCU\Console\<title>: conhost reads it for a console started with that title (the shortcut's `start "title"`);
# the program's path with '\' as '_' covers textehr.exe started directly. Relative to HKCU.
$ConsoleKey = "Console\$Title"
$ConsolePathKey = 'Console\' + $ProgramExe.Replace('\', '_')
$FragmentDir = Join-Path $env:LOCALAPPDATA 'Microsoft\Windows Terminal\Fragments\TextEhr'
$FragmentFile = Join-Path $FragmentDir 'textehr.json'

# The data folder is the app's own default (DataFolderLocation): TEXTEHR_DATA, else %LOCALAPPDATA%\TextEhr.
# It is created here and never removed by this script.
$DataDir = Join-Path $env:LOCALAPPDATA 'TextEhr'
if ($env:TEXTEHR_DATA) { $DataDir = $env:TEXTEHR_DATA }

# conhost: FontSize is a pixel height in the high word. 20 px fits 100×30 cells on a 1366×768 screen.
$FontFace = 'BIZ UDゴシック'
$FontFaceLatin = 'BIZ UDGothic'
$FontHeightPixels = 20
# Windows Terminal sizes fonts in points: 15 pt is 20 px at 96 dpi, the same size as in conhost.
$FontSizePoints = 15
$Columns = 100
$Rows = 30

function Say([string]$Japanese, [string]$English) {
    Write-Host $Japanese
    Write-Host "  $English" -ForegroundColor DarkGray
}

function Stop-Install([string]$Japanese, [string]$English) {
    throw "$Japanese`n  $English"
}

function Assert-NotRunning {
    # Any textehr, not only ours: a process of another user may hide its path, and waiting costs nothing.
    $running = @(Get-Process -Name 'textehr' -ErrorAction SilentlyContinue)
    if ($running.Count -gt 0) {
        Stop-Install 'TextEhr が開いています。TextEhr を終了してから、もう一度実行してください。' `
            'TextEhr is running. Close it, then run this again.'
    }
}

function Find-Program {
    foreach ($folder in @($PSScriptRoot, $PublishDir)) {
        if (Test-Path -LiteralPath (Join-Path $folder 'textehr.exe')) { return $folder }
    }
    $project = Join-Path $PSScriptRoot 'src\TextEhr.App'
    if (-not (Test-Path -LiteralPath $project) -or -not (Get-Command 'dotnet' -ErrorAction SilentlyContinue)) {
        Stop-Install 'textehr.exe が見つかりません。配布された ZIP をすべて展開し、その中の install.ps1 を実行してください。' `
            'textehr.exe not found: extract the whole ZIP and run the install.ps1 inside it (or install the .NET SDK).'
    }
    Say 'プログラムを作っています(数分かかります)...' 'Building TextEhr with the .NET SDK (a few minutes)...'
    # Out-Host: inside a function, a program's output would otherwise become the function's return value.
    & dotnet publish $project -c Release -r win-x64 --self-contained -p:PublishReadyToRun=true -o $PublishDir | Out-Host
    if ($LASTEXITCODE -ne 0) {
        Stop-Install 'プログラムを作れませんでした(上のメッセージを見てください)。' "dotnet publish failed (exit code $LASTEXITCODE)."
    }
    return $PublishDir
}

function Install-ProgramFiles([string]$Source) {
    # Copy beside the old version first and swap at the end, so a failed copy leaves the old program working.
    if (Test-Path -LiteralPath $StagingDir) { Remove-Item -LiteralPath $StagingDir -Recurse -Force }
    if (Test-Path -LiteralPath $RetiredDir) { Remove-Item -LiteralPath $RetiredDir -Recurse -Force }
    New-Item -ItemType Directory -Path $StagingDir -Force | Out-Null
    Copy-Item -Path (Join-Path $Source '*') -Destination $StagingDir -Recurse -Force
    # Files from a downloaded ZIP carry the internet mark; without this Windows warns at every start.
    Get-ChildItem -LiteralPath $StagingDir -Recurse -File | Unblock-File
    if (Test-Path -LiteralPath $ProgramDir) { Rename-Item -LiteralPath $ProgramDir -NewName (Split-Path $RetiredDir -Leaf) }
    Rename-Item -LiteralPath $StagingDir -NewName (Split-Path $ProgramDir -Leaf)
    if (Test-Path -LiteralPath $RetiredDir) { Remove-Item -LiteralPath $RetiredDir -Recurse -Force }
}

function Set-ConsoleLook([string]$SubKey) {
    # The .NET registry API, not HKCU:\ paths: the path key contains 'C:', which provider paths misread.
    $key = [Microsoft.Win32.Registry]::CurrentUser.CreateSubKey($SubKey)
    try {
        $key.SetValue('FaceName', $FontFace, [Microsoft.Win32.RegistryValueKind]::String)
        $dword = [ordered]@{
            FontSize = $FontHeightPixels * 0x10000
            FontFamily = 0x36
            FontWeight = 400
            WindowSize = $Rows * 0x10000 + $Columns
            ScreenBufferSize = $Rows * 0x10000 + $Columns
            CodePage = 65001
            # A stray click would otherwise start a selection and freeze the screen until Esc.
            QuickEdit = 0
        }
        foreach ($name in $dword.Keys) {
            $key.SetValue($name, [int]$dword[$name], [Microsoft.Win32.RegistryValueKind]::DWord)
        }
    }
    finally {
        $key.Close()
    }
}

function Write-TerminalFragment {
    $entry = [ordered]@{
        name = $Title
        commandline = '"' + $ProgramExe + '"'
        startingDirectory = $ProgramDir
        icon = $ProgramExe
        font = [ordered]@{ face = $FontFaceLatin; size = $FontSizePoints }
        closeOnExit = 'graceful'
    }
    $json = ConvertTo-Json -InputObject ([ordered]@{ profiles = @($entry) }) -Depth 5
    New-Item -ItemType Directory -Path $FragmentDir -Force | Out-Null
    [IO.File]::WriteAllText($FragmentFile, $json, (New-Object Text.UTF8Encoding $false))
}

function New-Shortcut([string]$Path) {
    $terminal = Get-Command 'wt.exe' -ErrorAction SilentlyContinue
    $shell = New-Object -ComObject WScript.Shell
    $link = $shell.CreateShortcut($Path)
    if ($terminal) {
        # Windows Terminal (the default on Windows 11) ignores HKCU\Console: open its TextEhr profile.
        $link.TargetPath = $terminal.Source
        $link.Arguments = "-p `"$Title`""
    }
    else {
        # conhost finds HKCU\Console\<title> by the title that `start` gives the new console; cmd's own
        # window stays minimised.
        $link.TargetPath = Join-Path $env:WINDIR 'System32\cmd.exe'
        $link.Arguments = "/c start `"$Title`" `"$ProgramExe`""
        $link.WindowStyle = 7
    }
    $link.WorkingDirectory = $ProgramDir
    $link.IconLocation = "$ProgramExe,0"
    $link.Description = $Title
    $link.Save()
}

function Assert-DataOutsideProgram {
    # Upgrades replace and uninstall removes the program folder: data inside it would go with it.
    $program = $ProgramDir.TrimEnd('\') + '\'
    if (($DataDir.TrimEnd('\') + '\').StartsWith($program, [StringComparison]::OrdinalIgnoreCase)) {
        Stop-Install "データフォルダがプログラムのフォルダの中にあります($DataDir)。TEXTEHR_DATA を別の場所にしてください。" `
            'The data folder is inside the program folder; point TEXTEHR_DATA elsewhere.'
    }
}

function Invoke-Install {
    Say "$Title を入れます。" "Installing $Title."
    Assert-NotRunning
    Assert-DataOutsideProgram
    $source = Find-Program
    Install-ProgramFiles $source
    Say "プログラム: $ProgramDir" "Program: $ProgramDir"

    New-Item -ItemType Directory -Path $DataDir -Force | Out-Null
    Say "データ: $DataDir" "Data: $DataDir"

    Set-ConsoleLook $ConsoleKey
    Set-ConsoleLook $ConsolePathKey
    Write-TerminalFragment
    New-Shortcut $StartMenuLink
    New-Shortcut $DesktopLink
    Say "スタートメニューとデスクトップに「$Title」を作りました。" "Start-menu and desktop shortcuts created."
    if (-not (Get-ChildItem -Path (Join-Path $env:WINDIR 'Fonts') -Filter 'BIZ-UDGothic*' -ErrorAction SilentlyContinue)) {
        Say "注意: $FontFace が見つかりません。設定 > 時刻と言語 > 言語 で日本語の補助フォントを追加してください。" `
            'Note: BIZ UDGothic is missing; add the Japanese supplemental fonts in Settings > Language.'
    }

    if (-not $SkipPassphrase -and [Environment]::UserInteractive) {
        $answer = Read-Host 'バックアップの合言葉(パスフレーズ)をいま決めますか? はい=Enter / いいえ=n (set the backup passphrase now? Y/n)'
        if ($answer -notmatch '^\s*[nNｎＮい]') {
            # Start-Process keeps the console as it is: the passphrase prompt reads keys and must not be piped.
            $setting = Start-Process -FilePath $ProgramExe -ArgumentList @('backup', 'passphrase') -NoNewWindow -Wait -PassThru
            if ($setting.ExitCode -ne 0) {
                Stop-Install "合言葉を設定できませんでした。プログラムは入っています。あとで次のように設定できます: & `"$ProgramExe`" backup passphrase" `
                    'Setting the passphrase failed; the program is installed. Set it later with the command above.'
            }
        }
    }
    Say "入りました。「$Title」から起動してください。" "Installed. Start it from the '$Title' shortcut."
}

function Invoke-Uninstall {
    Say "$Title のプログラムを削除します(データは残します)。" "Removing $Title (the data stays)."
    Assert-NotRunning
    Assert-DataOutsideProgram
    foreach ($path in @($ProgramDir, $StagingDir, $RetiredDir, $StartMenuLink, $DesktopLink, $FragmentDir)) {
        if (Test-Path -LiteralPath $path) { Remove-Item -LiteralPath $path -Recurse -Force }
    }
    foreach ($subKey in @($ConsoleKey, $ConsolePathKey)) {
        [Microsoft.Win32.Registry]::CurrentUser.DeleteSubKeyTree($subKey, $false)
    }
    Say "削除しました。データは消していません: $DataDir" "Removed. The data was kept: $DataDir"
}

try {
    if ($Uninstall) { Invoke-Uninstall } else { Invoke-Install }
}
catch {
    Write-Host ''
    Write-Host "止まりました / stopped: $($_.Exception.Message)" -ForegroundColor Red
    exit 1
}
