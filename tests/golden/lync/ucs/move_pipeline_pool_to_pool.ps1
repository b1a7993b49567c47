# source: sequences.md 3.8 (Get-CsUser -Filter {RegistrarPool -eq ...} | Move-CsUser -Target ..., with the lab's pools) and cmdlets.md 10 (pipeline input of user objects)
Get-CsUser -Filter {RegistrarPool -eq "atl-cs-002.litwareinc.com"} | Move-CsUser -Target "atl-cs-001.litwareinc.com" -Confirm:$False
(Get-CsUser -Filter {RegistrarPool -eq "atl-cs-002.litwareinc.com"} | Measure-Object).Count
Get-CsUser -Identity "Jeff Hay", "Toni Poe" | ForEach-Object { $_.RegistrarPool }
