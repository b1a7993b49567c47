# source: ucs-model.md M6 (migrated contacts live in the Exchange 2013 mailbox, "Lync Contacts" folder) and ucs-decisions.md 1 (LyncServer and Migrating: in Lync Server; UnifiedContactStore and RollingBack: in Exchange 2013)
function Where-Contacts { (Get-CsLabContact -Identity "Toni Poe" | ForEach-Object { $_.Location } | Select-Object -Unique) -join ',' }
Connect-CsLabClient -Identity "Toni Poe"
"$((Get-CsLabUser -Identity 'Toni Poe').ContactStore): $(Where-Contacts)"
Skip-CsLabTime -Minutes 10
"$((Get-CsLabUser -Identity 'Toni Poe').ContactStore): $(Where-Contacts)"
Invoke-CsUcsRollback -Identity "Toni Poe" -Confirm:$False -WarningAction SilentlyContinue
"$((Get-CsLabUser -Identity 'Toni Poe').ContactStore): $(Where-Contacts)"
Skip-CsLabTime -Minutes 5
"$((Get-CsLabUser -Identity 'Toni Poe').ContactStore): $(Where-Contacts)"
