# source: cmdlets.md §11 Get-CsUser example 5 (-Filter {VoicePolicy -eq $Null}: users with no per-user voice policy; Get-CsUser shows only per-user policies, Get-CsEffectivePolicy.md); the lab assigns no voice policies, so every user matches
Reset-CsLab -Empty -Confirm:$False
New-CsLabUser "Pilar Ackerman" | Out-Null
Get-CsUser -Filter {VoicePolicy -eq $Null}
"matches: $((Get-CsUser -Filter {VoicePolicy -eq $Null}).Count) of $((Get-CsUser).Count)"
