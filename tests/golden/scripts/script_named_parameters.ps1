# source: about_Scripts (script parameters); about_PowerShell_exe (-File arguments)
param([string]$Name, [int]$Count)
"$Name x $Count"
$Count + 1
