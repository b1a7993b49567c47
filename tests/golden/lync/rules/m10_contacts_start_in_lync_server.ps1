# source: ucs-model.md M10 ("By default, user contacts are kept in Lync Server and not in the unified contact store.") with P1/M1: every user of the default lab and every new user starts in Lync Server, although the global policy allows UCS
(Get-CsUserServicesPolicy -Identity global).UcsAllowed
Get-CsLabUser | Group-Object ContactStore | ForEach-Object { "$($_.Name) $($_.Count)" }
New-CsLabUser -DisplayName "New Hire" -Contacts 3 | ForEach-Object { "$($_.DisplayName): $($_.ContactStore) $($_.ContactCount)" }
Get-CsLabContact -Identity "New Hire" | Select-Object -First 1 | ForEach-Object { $_.Location }
