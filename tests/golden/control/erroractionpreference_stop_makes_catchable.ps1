# source: about_Preference_Variables ($ErrorActionPreference); about_CommonParameters (-ErrorAction); about_Try_Catch_Finally
$ErrorActionPreference = 'Stop'
try { Write-Error 'bad'; 'not reached' } catch { 'caught: ' + $_.Exception.Message }
