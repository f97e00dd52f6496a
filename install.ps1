#Requires -Version 5.1
<#
.SYNOPSIS
    TextEhr 電子カルテをこのパソコンの今の利用者に入れます(入れ直すと更新、-Uninstall で削除)。
    Installs TextEhr for the current Windows user (re-run to upgrade; -Uninstall removes it).

.DESCRIPTION
    1. -ProgramSource のフォルダ、リポジトリなら .NET SDK で新しく作ったもの、配布 ZIP なら横の textehr.exe を使います。
    2. プログラムを %LOCALAPPDATA%\Programs\TextEhr に置きます(更新ではプログラムだけを置き換え、失敗したら元に戻します)。
    3. データフォルダ(%LOCALAPPDATA%\TextEhr、または TEXTEHR_DATA)を作ります。データには触れません。
       TEXTEHR_DATA がフルパスでないときや、プログラムのフォルダと重なるときは止まります。
    4. スタートメニューとデスクトップに「TextEhr 電子カルテ」を作り、大きな BIZ UDゴシックで開くようにします。
    5. バックアップの合言葉(パスフレーズ)をいま決めるかを 1 回だけ尋ねます(対話できない実行では尋ねません)。
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
    [switch]$SkipPassphrase,
    # このフォルダの textehr.exe をそのまま入れます(作り直しません) / installs the build in this folder as it is.
    [string]$ProgramSource
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

# Windows PowerShell 5.1 has no $IsWindows (and strict mode rejects unknown variables); this works in 5.1 and 7.
# Off Windows (pwsh on Linux, in the tests) the file steps run for real and the Windows-only ones are skipped.
$OnWindows = [Environment]::OSVersion.Platform -eq [PlatformID]::Win32NT

# Windows always sets it; elsewhere the tests point it at a temporary folder.
if (-not $env:LOCALAPPDATA) { throw 'LOCALAPPDATA が設定されていません / LOCALAPPDATA is not set.' }

# Every place this script writes. Nothing outside the user's own folders and HKCU; no admin rights.
$Title = 'TextEhr 電子カルテ'
$ProgramDir = Join-Path $env:LOCALAPPDATA 'Programs\TextEhr'
$ProgramExe = Join-Path $ProgramDir 'textehr.exe'
$StagingDir = Join-Path $env:LOCALAPPDATA 'Programs\TextEhr.new'
$RetiredDir = Join-Path $env:LOCALAPPDATA 'Programs\TextEhr.old'
$ProjectDir = Join-Path $PSScriptRoot 'src\TextEhr.App'
$PublishDir = Join-Path $PSScriptRoot 'publish'
if ($OnWindows) {
    $StartMenuLink = Join-Path ([Environment]::GetFolderPath('Programs')) "$Title.lnk"
    $DesktopLink = Join-Path ([Environment]::GetFolderPath('Desktop')) "$Title.lnk"
}
# HKCU\Console\<title>: conhost reads it for a console started with that title (the shortcut's `start "title"`);
# the program's path with '\' as '_' covers textehr.exe started directly. Relative to HKCU.
$ConsoleKey = "Console\$Title"
$ConsolePathKey = 'Console\' + $ProgramExe.Replace('\', '_')
$FragmentDir = Join-Path $env:LOCALAPPDATA 'Microsoft\Windows Terminal\Fragments\TextEhr'
$FragmentFile = Join-Path $FragmentDir 'textehr.json'

# The app's own default data folder (DataFolderLocation) when TEXTEHR_DATA is not set. It is created here and
# never removed by this script.
$DefaultDataDir = Join-Path $env:LOCALAPPDATA 'TextEhr'

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

function Test-FullyQualified([string]$Candidate) {
    # Path.IsPathFullyQualified is missing from .NET Framework (5.1). On Windows only 'C:\…' and '\\server\…' are
    # full paths: 'data', '..\x', '\x' and 'C:x' all depend on the current folder or drive.
    if ($OnWindows) { return $Candidate -match '^([A-Za-z]:[\\/]|[\\/][\\/])' }
    return $Candidate.StartsWith('/')
}

function Resolve-DataFolder([string]$Setting) {
    # As the app resolves it (DataFolderLocation.Resolve): TEXTEHR_DATA unless empty or only spaces, else the
    # default, then Path.GetFullPath. The app's current folder is the program folder (the shortcut and the
    # Windows Terminal profile start it there), so a relative TEXTEHR_DATA would put the data inside it.
    if ([string]::IsNullOrWhiteSpace($Setting)) { return [IO.Path]::GetFullPath($DefaultDataDir) }
    if (-not (Test-FullyQualified $Setting)) {
        Stop-Install "TEXTEHR_DATA がフルパスではありません(「$Setting」)。このままではデータがプログラムのフォルダに入り、更新や削除で消えてしまいます。C:\TextEhrData のようなドライブから始まる場所にするか、TEXTEHR_DATA を消してください。" `
            "TEXTEHR_DATA is not a full path ('$Setting'): the data would land in the program folder and be deleted by the next upgrade or uninstall. Use a full path such as C:\TextEhrData, or remove TEXTEHR_DATA."
    }
    return [IO.Path]::GetFullPath($Setting)
}

function ConvertTo-ComparablePath([string]$Location) {
    # Full, without a trailing separator, then one separator: 'C:\a\' and 'C:\a' compare equal, 'C:\ab' is not in 'C:\a'.
    $separators = [char[]]@([IO.Path]::DirectorySeparatorChar, [IO.Path]::AltDirectorySeparatorChar)
    return [IO.Path]::GetFullPath($Location).TrimEnd($separators) + [IO.Path]::DirectorySeparatorChar
}

function Assert-DataOutsideProgram([string]$DataFolder) {
    # Upgrades replace and uninstall remove these folders (and a build in a checkout empties publish\): data in one of
    # them, equal to one or above one would go with it. Compared ignoring case (as Windows does; on Linux that only refuses more).
    $data = ConvertTo-ComparablePath $DataFolder
    foreach ($guarded in @($ProgramDir, $StagingDir, $RetiredDir, $FragmentDir, $PublishDir)) {
        $other = ConvertTo-ComparablePath $guarded
        if ($data.StartsWith($other, [StringComparison]::OrdinalIgnoreCase) -or $other.StartsWith($data, [StringComparison]::OrdinalIgnoreCase)) {
            Stop-Install "データフォルダ($DataFolder)が、更新や削除で消すフォルダ($guarded)と重なっています。TEXTEHR_DATA を別の場所(例: C:\TextEhrData)にしてください。" `
                "The data folder ($DataFolder) overlaps a folder that upgrades and uninstall delete ($guarded); point TEXTEHR_DATA elsewhere."
        }
    }
}

function Get-StoredDataSetting([string]$Scope) {
    # Null off Windows, where only the process environment exists.
    return [Environment]::GetEnvironmentVariable('TEXTEHR_DATA', $Scope)
}

function Assert-StoredDataSettings {
    # TextEhr started from the shortcut takes TEXTEHR_DATA from the user's or the machine's environment, which this
    # session may not have yet (setx changes only new sessions): such a value must be safe as well.
    foreach ($scope in @('User', 'Machine')) {
        $stored = Get-StoredDataSetting $scope
        if ([string]::IsNullOrWhiteSpace($stored) -or $stored -eq $env:TEXTEHR_DATA) { continue }
        Say "注意: ショートカットから起動した TextEhr は、環境変数 TEXTEHR_DATA($scope)の「$stored」を使います(この PowerShell の値とは違います)。" `
            "Note: TextEhr started from the shortcut uses TEXTEHR_DATA from the $scope environment ('$stored'), not this session's value."
        Assert-DataOutsideProgram (Resolve-DataFolder $stored)
    }
}

function Test-Link($Entry) {
    return [bool]($Entry.Attributes -band [IO.FileAttributes]::ReparsePoint)
}

function Remove-Folder([string]$Folder) {
    # Never through a link: Remove-Item -Recurse in Windows PowerShell 5.1 follows junctions and symbolic links and
    # deletes what they point to (PowerShell/PowerShell#621), which could be the data. A link is removed as a link.
    if (-not (Test-Path -LiteralPath $Folder)) { return }
    $item = Get-Item -LiteralPath $Folder -Force
    if (Test-Link $item) {
        $item.Delete()
        return
    }
    foreach ($child in @(Get-ChildItem -LiteralPath $Folder -Force)) {
        if (Test-Link $child) { $child.Delete() }
        elseif ($child.PSIsContainer) { Remove-Folder $child.FullName }
        else { Remove-Item -LiteralPath $child.FullName -Force }
    }
    Remove-Item -LiteralPath $Folder -Force
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
    if ($ProgramSource) {
        if (-not (Test-Path -LiteralPath $ProgramSource -PathType Container)) {
            Stop-Install "-ProgramSource のフォルダがありません: $ProgramSource" "The -ProgramSource folder does not exist: $ProgramSource"
        }
        return (Resolve-Path -LiteralPath $ProgramSource).ProviderPath
    }
    $inCheckout = Test-Path -LiteralPath $ProjectDir
    $sdk = Get-Command 'dotnet' -ErrorAction SilentlyContinue
    if ($inCheckout -and $sdk) {
        # A repository checkout: always build from its sources, so an old publish folder is never installed by mistake,
        # into an emptied folder, so files an older build left there are not installed with the new ones.
        Remove-Folder $PublishDir
        Say 'プログラムを作っています(数分かかります)...' 'Building TextEhr from this checkout with the .NET SDK (a few minutes)...'
        # Out-Host: inside a function, a program's output would otherwise become the function's return value.
        & dotnet publish $ProjectDir -c Release -r win-x64 --self-contained -p:PublishReadyToRun=true -o $PublishDir | Out-Host
        if ($LASTEXITCODE -ne 0) {
            Stop-Install 'プログラムを作れませんでした(上のメッセージを見てください)。' "dotnet publish failed (exit code $LASTEXITCODE)."
        }
        return $PublishDir
    }
    foreach ($candidate in @($PSScriptRoot, $PublishDir)) {
        if (Test-Path -LiteralPath (Join-Path $candidate 'textehr.exe') -PathType Leaf) {
            if ($inCheckout) {
                Say '注意: .NET SDK がないので、前に作ったプログラムをそのまま入れます(下の日付を確かめてください)。' `
                    'Note: no .NET SDK, so the build made earlier in this checkout is installed as it is (check its date below).'
            }
            return $candidate
        }
    }
    Stop-Install 'textehr.exe が見つかりません。配布された ZIP をすべて展開し、その中の install.ps1 を実行してください。' `
        'textehr.exe not found: extract the whole ZIP and run the install.ps1 inside it (or install the .NET SDK).'
}

function Show-Build([string]$BuildFolder) {
    $exe = Join-Path $BuildFolder 'textehr.exe'
    if (-not (Test-Path -LiteralPath $exe -PathType Leaf)) {
        Stop-Install "textehr.exe がありません: $BuildFolder" "There is no textehr.exe in $BuildFolder."
    }
    # The version is in textehr.dll (an apphost built off Windows carries none); the date is the exe's.
    $versioned = Join-Path $BuildFolder 'textehr.dll'
    if (-not (Test-Path -LiteralPath $versioned -PathType Leaf)) { $versioned = $exe }
    $version = (Get-Item -LiteralPath $versioned).VersionInfo.ProductVersion
    if (-not $version) { $version = '?' }
    $built = (Get-Item -LiteralPath $exe).LastWriteTime.ToString('yyyy-MM-dd HH:mm')
    Say "入れる版: $version($built に作成、$BuildFolder)" "Installing version $version, built $built, from $BuildFolder."
}

function Measure-Folder([string]$Measured) {
    $files = @(Get-ChildItem -LiteralPath $Measured -Recurse -File -Force)
    $bytes = [long]0
    foreach ($file in $files) { $bytes += $file.Length }
    return [pscustomobject]@{ Files = $files.Count; Bytes = $bytes }
}

function Install-ProgramFiles([string]$Source) {
    # Copy beside the old version first and swap at the end, so a failed copy leaves the old program working.
    Remove-Folder $StagingDir
    Remove-Folder $RetiredDir
    New-Item -ItemType Directory -Path $StagingDir -Force | Out-Null
    # Items through the pipeline bind to -LiteralPath: a wildcard path would copy nothing from 'TextEhr [2]'.
    Get-ChildItem -LiteralPath $Source -Force | Copy-Item -Destination $StagingDir -Recurse -Force
    if (-not (Test-Path -LiteralPath (Join-Path $StagingDir 'textehr.exe') -PathType Leaf)) {
        Stop-Install "コピーしたフォルダに textehr.exe がありません。前のプログラムはそのままです($Source)。" `
            "The copied folder has no textehr.exe; the previous program is unchanged (source: $Source)."
    }
    # Copy-Item's handling of folders is full of special cases (PowerShell/PowerShell#2934, #7005): compare the result.
    $expected = Measure-Folder $Source
    $copied = Measure-Folder $StagingDir
    if ($copied.Files -ne $expected.Files -or $copied.Bytes -ne $expected.Bytes) {
        Stop-Install "コピーが元と合いません(元 $($expected.Files) ファイル $($expected.Bytes) バイト、コピー $($copied.Files) ファイル $($copied.Bytes) バイト)。前のプログラムはそのままです。" `
            "The copy does not match its source ($($expected.Files) files, $($expected.Bytes) bytes; copied $($copied.Files), $($copied.Bytes)); the previous program is unchanged."
    }
    Say "コピーしました: $($copied.Files) ファイル、$($copied.Bytes) バイト" "Copied $($copied.Files) files, $($copied.Bytes) bytes."
    if ($OnWindows) {
        # Files from a downloaded ZIP carry the internet mark; without this Windows warns at every start.
        Get-ChildItem -LiteralPath $StagingDir -Recurse -File | Unblock-File
    }
    Switch-ProgramFolder
}

function Switch-ProgramFolder {
    if (Test-Path -LiteralPath $ProgramDir) {
        try {
            Rename-Item -LiteralPath $ProgramDir -NewName (Split-Path $RetiredDir -Leaf)
        }
        catch {
            Stop-Install "前のプログラムのフォルダを動かせませんでした(開いているファイルやフォルダがないか確かめてください)。前のプログラムはそのままです。" `
                "The previous program folder could not be moved aside (is a file in it open?); it is unchanged. $($_.Exception.Message)"
        }
    }
    try {
        Rename-Item -LiteralPath $StagingDir -NewName (Split-Path $ProgramDir -Leaf)
    }
    catch {
        $reason = $_.Exception.Message
        if ((Test-Path -LiteralPath $RetiredDir) -and -not (Test-Path -LiteralPath $ProgramDir)) {
            try {
                Rename-Item -LiteralPath $RetiredDir -NewName (Split-Path $ProgramDir -Leaf)
            }
            catch {
                Stop-Install "新しいプログラムに入れ替えられず、前のプログラムも戻せませんでした。前のプログラムは $RetiredDir にあります。" `
                    "Neither the new nor the previous program could be put in place; the previous one is in $RetiredDir. $reason"
            }
            Stop-Install "新しいプログラムに入れ替えられなかったので、前のプログラムに戻しました($ProgramDir)。" `
                "The new program could not be put in place, so the previous one was put back. $reason"
        }
        throw
    }
    try {
        Remove-Folder $RetiredDir
    }
    catch {
        Say "注意: 前の版のフォルダを消せませんでした。あとで消してかまいません: $RetiredDir" "Note: the previous version's folder could not be removed; delete it later: $RetiredDir"
    }
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

function Install-WindowsParts {
    Set-ConsoleLook $ConsoleKey
    Set-ConsoleLook $ConsolePathKey
    New-Shortcut $StartMenuLink
    New-Shortcut $DesktopLink
    Say "スタートメニューとデスクトップに「$Title」を作りました。" "Start-menu and desktop shortcuts created."
    if (-not (Get-ChildItem -Path (Join-Path $env:WINDIR 'Fonts') -Filter 'BIZ-UDGothic*' -ErrorAction SilentlyContinue)) {
        Say "注意: $FontFace が見つかりません。設定 > 時刻と言語 > 言語 で日本語の補助フォントを追加してください。" `
            'Note: BIZ UDGothic is missing; add the Japanese supplemental fonts in Settings > Language.'
    }
}

function Test-NonInteractiveArgument([string[]]$Arguments) {
    # -NonInteractive may be shortened (-noni) and, on Windows, written /NonInteractive; no other switch starts so.
    foreach ($argument in $Arguments) {
        if ($argument -match '^(-|--|/)non') { return $true }
    }
    return $false
}

function Test-Interactive {
    # Under -NonInteractive Read-Host throws, yet [Environment]::UserInteractive stays true: read the command line.
    # Redirected input means nobody is there to type either.
    if (-not [Environment]::UserInteractive -or [Console]::IsInputRedirected) { return $false }
    return -not (Test-NonInteractiveArgument ([Environment]::GetCommandLineArgs()))
}

function Request-Passphrase {
    $later = "& '$ProgramExe' backup passphrase"
    if ($SkipPassphrase) {
        Say '合言葉(パスフレーズ)はあとで決めてください。次のコマンドで決められます:' 'Set the backup passphrase later with:'
        Write-Host "  $later"
        return
    }
    if (-not (Test-Interactive)) {
        Say '対話できない実行(-NonInteractive など)なので、合言葉(パスフレーズ)は尋ねませんでした。あとで次のコマンドで決められます:' `
            'Not an interactive session, so the backup passphrase was not asked for. Set it later with:'
        Write-Host "  $later"
        return
    }
    try {
        $answer = Read-Host 'バックアップの合言葉(パスフレーズ)をいま決めますか? はい=Enter / いいえ=n (set the backup passphrase now? Y/n)'
    }
    catch [System.Management.Automation.PSInvalidOperationException] {
        Say '対話できない実行なので、合言葉(パスフレーズ)は尋ねませんでした。あとで次のコマンドで決められます:' `
            'Not an interactive session, so the backup passphrase was not asked for. Set it later with:'
        Write-Host "  $later"
        return
    }
    if ($answer -match '^\s*[nNｎＮい]') { return }
    if (-not $OnWindows) {
        Say 'Windows ではないので、合言葉はここでは決めません。' 'Not Windows: the passphrase is not set here.'
        return
    }
    # Start-Process keeps the console as it is: the passphrase prompt reads keys and must not be piped.
    $passphraseRun = Start-Process -FilePath $ProgramExe -ArgumentList @('backup', 'passphrase') -NoNewWindow -Wait -PassThru
    if ($passphraseRun.ExitCode -ne 0) {
        Stop-Install "合言葉を設定できませんでした。プログラムは入っています。あとで次のように設定できます: $later" `
            'Setting the passphrase failed; the program is installed. Set it later with the command above.'
    }
}

function Invoke-Install {
    Say "$Title を入れます。" "Installing $Title."
    if ($OnWindows) { Assert-NotRunning }
    Assert-DataOutsideProgram $DataDir
    Assert-StoredDataSettings
    $source = Find-Program
    Show-Build $source
    Install-ProgramFiles $source
    Say "プログラム: $ProgramDir" "Program: $ProgramDir"

    New-Item -ItemType Directory -Path $DataDir -Force | Out-Null
    Say "データ: $DataDir" "Data: $DataDir"

    Write-TerminalFragment
    if ($OnWindows) {
        Install-WindowsParts
    }
    else {
        Say 'Windows ではないので、ショートカット・HKCU\Console の設定・字体の確認はしませんでした。' `
            'Not Windows: no shortcuts, no HKCU\Console settings, no font check.'
    }
    Request-Passphrase
    Say "入りました。「$Title」から起動してください。" "Installed. Start it from the '$Title' shortcut."
}

function Remove-WindowsParts {
    foreach ($shortcut in @($StartMenuLink, $DesktopLink)) {
        if (Test-Path -LiteralPath $shortcut) { Remove-Item -LiteralPath $shortcut -Force }
    }
    foreach ($subKey in @($ConsoleKey, $ConsolePathKey)) {
        [Microsoft.Win32.Registry]::CurrentUser.DeleteSubKeyTree($subKey, $false)
    }
}

function Invoke-Uninstall {
    Say "$Title のプログラムを削除します(データは残します)。" "Removing $Title (the data stays)."
    if ($OnWindows) { Assert-NotRunning }
    Assert-DataOutsideProgram $DataDir
    Assert-StoredDataSettings
    foreach ($installed in @($ProgramDir, $StagingDir, $RetiredDir, $FragmentDir)) {
        Remove-Folder $installed
    }
    if ($OnWindows) { Remove-WindowsParts }
    Say "削除しました。データは消していません: $DataDir" "Removed. The data was kept: $DataDir"
}

# Dot-sourced (`. .\install.ps1`, as the tests do), the script only defines the paths and functions above.
if ($MyInvocation.InvocationName -ne '.') {
    try {
        $DataDir = Resolve-DataFolder $env:TEXTEHR_DATA
        if ($Uninstall) { Invoke-Uninstall } else { Invoke-Install }
    }
    catch {
        Write-Host ''
        Write-Host "止まりました / stopped: $($_.Exception.Message)" -ForegroundColor Red
        exit 1
    }
}
