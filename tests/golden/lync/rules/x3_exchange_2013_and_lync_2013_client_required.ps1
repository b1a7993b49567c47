# source: ucs-model.md X3 ("Contact List (via Unified Contact Store) ... Requires Exchange 2013. A Lync 2013 desktop client is required."), M1 and M2; ucsh names the blocking rule in MigrationBlockers
Connect-CsLabClient -Identity "Aidan Delaney"
Connect-CsLabClient -Identity "Jonathan Haas"
Connect-CsLabClient -Identity "Pilar Ackerman" -ClientVersion 2010
Connect-CsLabClient -Identity "Kim Akers"
Connect-CsLabClient -Identity "Toni Poe"
Skip-CsLabTime -Minutes 10
Get-CsLabUser | Where-Object { $_.DisplayName -in "Aidan Delaney", "Jonathan Haas", "Pilar Ackerman", "Kim Akers", "Toni Poe" } | ForEach-Object { "$($_.DisplayName): Exchange $($_.ExchangeVersion), client $($_.ClientVersion) -> $($_.ContactStore) $($_.MigrationBlockers -join '; ')" }
