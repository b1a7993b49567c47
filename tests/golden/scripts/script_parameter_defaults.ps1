# source: about_Scripts (script parameters); about_PowerShell_exe (-File arguments)
param([string]$Name = 'nobody', [int]$Count = 1)
"$Name x $Count"
