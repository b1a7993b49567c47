# source: cmdlets.md §11 (Get-CsUser -Filter {VoicePolicy -eq $Null} and {VoicePolicy -ne $Null}); per-user policies only (Get-CsEffectivePolicy.md)
(Get-CsUser -Filter {VoicePolicy -eq $Null}).Count
(Get-CsUser -Filter {VoicePolicy -ne $Null}).Count
Get-CsUser -Filter {UserServicesPolicy -ne $Null} | ForEach-Object { $_.DisplayName }
(Get-CsUser -Filter {UserServicesPolicy -eq $Null}).Count
