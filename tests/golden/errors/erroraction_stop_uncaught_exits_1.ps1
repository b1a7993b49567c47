# source: about_Preference_Variables ($ErrorActionPreference Stop); about_PowerShell_exe (exit codes)
$ErrorActionPreference = 'Stop'
'before'
Write-Error 'stop here'
'not reached'
