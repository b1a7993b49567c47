# source: about_Scripts (script parameters); about_PowerShell_exe (-File arguments); about_Language_Keywords (exit)
param([int]$Code)
'exiting'
exit $Code
