# source: cmdlets.md 10 example 2 (verbatim; the lab has no Finance OU, so Get-CsUser sends nothing and Move-CsUser moves no one)
Get-CsUser -OU "ou=Finance,dc=litwareinc,dc=com" | Move-CsUser -Target "atl-cs-001.litwareinc.com"
(Get-CsUser -Filter {RegistrarPool -eq "atl-cs-001.litwareinc.com"} | Measure-Object).Count
