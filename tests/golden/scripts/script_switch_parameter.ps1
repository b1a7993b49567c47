# source: about_Scripts (script parameters); about_PowerShell_exe (-File arguments); about_Functions (Switch parameters)
param([switch]$Force)
"force=$Force"
