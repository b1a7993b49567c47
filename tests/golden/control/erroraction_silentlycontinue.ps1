# source: about_Preference_Variables ($ErrorActionPreference); about_CommonParameters (-ErrorAction); about_Automatic_Variables ($Error)
$before = $Error.Count
Write-Error 'hidden' -ErrorAction SilentlyContinue
'ok'
$Error.Count - $before
$Error[0].Exception.Message
