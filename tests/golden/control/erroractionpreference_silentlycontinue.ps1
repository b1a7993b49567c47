# source: about_Preference_Variables ($ErrorActionPreference); about_CommonParameters (-ErrorAction)
$ErrorActionPreference = 'SilentlyContinue'
Write-Error 'hidden'
'ok'
