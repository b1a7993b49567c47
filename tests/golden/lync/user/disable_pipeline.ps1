# source: cmdlets.md §12 (Disable-CsUser takes users from the pipeline: Get-CsUser ... | Disable-CsUser); per-record errors
Get-CsUser -Filter {RegistrarPool -eq "dal-cs-001.litwareinc.com"} | Disable-CsUser
"Nobody Here", "Kim Akers" | Disable-CsUser
(Get-CsUser).Count
