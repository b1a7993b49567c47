# source: about_Scripts (script parameters); about_PowerShell_exe (-File arguments)
param([string]$Name, [int]$Count = 1)
"$Name x $Count"
$args.Count
