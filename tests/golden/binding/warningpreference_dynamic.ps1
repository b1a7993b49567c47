# source: about_Preference_Variables ($WarningPreference is dynamically scoped)
function f { Write-Warning 'w' }
function g { $WarningPreference = 'SilentlyContinue'; f }
g
f
