# source: cmdlets.md 1.4 ("Management object not found for identity") and 10; ucs-decisions.md 9: one non-terminating error per record, the other users are moved; a refused move signs nobody out and rolls nothing back
Connect-CsLabClient -Identity "Ken Myer"
Skip-CsLabTime -Minutes 10
Move-CsUser -Identity "Ken Myer" -Target "pool01.contoso.net" -Confirm:$False
Get-CsLabUser -Identity "Ken Myer" | ForEach-Object { "$($_.RegistrarPool) $($_.ContactStore) signed in $($_.SignedIn)" }
"Pilar Ackerman", "Nobody Here", "Toni Poe", "Aidan Delaney" | Move-CsUser -Target "atl-cs-002.litwareinc.com" -Confirm:$False
"$?"
Get-CsUser -Identity "Pilar Ackerman", "Toni Poe", "Aidan Delaney" | ForEach-Object { "$($_.DisplayName): $($_.RegistrarPool)" }
