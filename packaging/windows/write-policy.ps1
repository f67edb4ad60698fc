# Writes Guardian's policy from the MSI's properties (run by guardian.wxs as a deferred, elevated custom action):
#   C:\ProgramData\guardian\policy.toml   (%ProgramData%; Windows paths ignore case, so ...\Guardian\ is the same)
# Only runs when at least one policy property was given, and then replaces the whole file. Values are written as
# TOML strings with backslashes and double quotes escaped, as UTF-8 without a byte-order mark (Python's TOML reader
# rejects one). Afterwards Guardian's own self-test checks the file; its output goes to the MSI log (msiexec /l*v).
param(
    [string]$InstallDir,
    [string]$Language = "",
    [string]$Country = "",
    [string]$Theme = "",
    [string]$Lock = "",          # comma-separated: language,country,theme
    [string]$HideSections = "",  # comma-separated: ratings,risks,...
    [string]$Portable = "",      # 1/true/yes or 0/false/no
    [string]$ContactName = "",
    [string]$ContactRole = "",
    [string]$ContactPhone = "",
    [string]$ContactEmail = "",
    [string]$ContactUrl = ""
)
$ErrorActionPreference = "Stop"

# guardian.wxs passes every value as "v:VALUE" so that an empty one still arrives as an argument.
foreach ($name in @($PSBoundParameters.Keys)) {
    $value = [string]$PSBoundParameters[$name]
    if ($value.StartsWith("v:")) { Set-Variable -Name $name -Value $value.Substring(2) }
}
$InstallDir = $InstallDir.TrimEnd(".")

function Quote([string]$value) { '"' + ($value -replace '\\', '\\' -replace '"', '\"') + '"' }
function QuoteList([string]$value) {
    $items = @($value -split ',' | ForEach-Object { $_.Trim() } | Where-Object { $_ -ne "" } | ForEach-Object { Quote $_ })
    '[' + ($items -join ', ') + ']'
}

$lines = @("# Written by the Guardian installer on $(Get-Date -Format s). Reference: POLICY.md in the install folder.")
if ($Language) { $lines += "language = $(Quote $Language)" }
if ($Country) { $lines += "country = $(Quote $Country)" }
if ($Theme) { $lines += "theme = $(Quote $Theme)" }
if ($Lock) { $lines += "lock = $(QuoteList $Lock)" }
if ($HideSections) { $lines += "hide_sections = $(QuoteList $HideSections)" }
if ($Portable) { $lines += "portable = $(if ($Portable -match '^(1|true|yes)$') { 'true' } else { 'false' })" }
if ($ContactName -or $ContactPhone -or $ContactEmail -or $ContactUrl) {
    $lines += "", "[[contact]]", "name = $(Quote $ContactName)"
    if ($ContactRole) { $lines += "role = $(Quote $ContactRole)" }
    if ($ContactPhone) { $lines += "phone = $(Quote $ContactPhone)" }
    if ($ContactEmail) { $lines += "email = $(Quote $ContactEmail)" }
    if ($ContactUrl) { $lines += "url = $(Quote $ContactUrl)" }
}
if ($lines.Count -eq 1) {
    Write-Output "Guardian: no policy properties given; any existing policy is left as it is."
    exit 0
}

$folder = Join-Path $env:ProgramData "guardian"
New-Item -ItemType Directory -Force -Path $folder | Out-Null
$file = Join-Path $folder "policy.toml"
[System.IO.File]::WriteAllText($file, (($lines -join "`r`n") + "`r`n"), (New-Object System.Text.UTF8Encoding $false))
Write-Output "Guardian: wrote $file"

# A broken policy never stops the installation (nor the app); the self-test names file, line and key in the log.
$guardian = Join-Path $InstallDir "guardian.exe"
if (Test-Path $guardian) {
    $dataDir = Join-Path $env:TEMP "guardian-install-check"
    & $guardian --data-dir $dataDir --policy $file self-test | Write-Output
    Remove-Item -Recurse -Force $dataDir -ErrorAction SilentlyContinue
}
exit 0
