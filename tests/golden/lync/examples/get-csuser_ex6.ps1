# source: cmdlets.md §11 Get-CsUser example 5's counterpart (-Filter {VoicePolicy -ne $Null}: users with a per-user voice policy); the lab assigns no voice policies, so nothing is returned, while -eq $Null returns all 12
Get-CsUser -Filter {VoicePolicy -ne $Null}
"-ne: $(@(Get-CsUser -Filter {VoicePolicy -ne $Null}).Count)"
"-eq: $(@(Get-CsUser -Filter {VoicePolicy -eq $Null}).Count)"
