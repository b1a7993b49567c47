# source: cmdlets.md 7 example 2 (RB5: -Confirm:$False rolls back every user of the pool without prompts) and ucs-decisions.md 5 (users already in Lync Server: a warning, nothing changes)
Connect-CsLabClient -Identity "Ken Myer"
Skip-CsLabTime -Minutes 10
Get-CsUser -Filter {RegistrarPool -eq "atl-cs-001.litwareinc.com"} | Invoke-CsUcsRollback -Confirm:$False
Get-CsLabUser | Where-Object {$_.RegistrarPool -eq "atl-cs-001.litwareinc.com"} | ForEach-Object { "$($_.DisplayName): $($_.ContactStore)" }
