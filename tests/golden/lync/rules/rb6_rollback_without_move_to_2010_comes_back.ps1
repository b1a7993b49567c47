# source: ucs-model.md RB6 ("roll back the contacts only if you move the user back to Exchange 2010 or Lync Server 2010": advice, not a refusal), RB2 (a rollback alone is undone 7 days later) and MV5 (a user homed on Lync Server 2010 cannot use the unified contact store)
$ConfirmPreference = 'None'
Connect-CsLabClient -Identity "Ken Myer"
Connect-CsLabClient -Identity "Robin Wood"
Skip-CsLabTime -Minutes 10
# Ken stays on Lync Server 2013: the rollback is allowed, but only for 7 days
Invoke-CsUcsRollback -Identity "Ken Myer"
# Robin is rolled back because he moves back to Lync Server 2010
Invoke-CsUcsRollback -Identity "Robin Wood" -WarningAction SilentlyContinue
Skip-CsLabTime -Minutes 5
Move-CsUser -Identity "Robin Wood" -Target "dal-cs-001.litwareinc.com"
Skip-CsLabTime -Days 7
Connect-CsLabClient -Identity "Robin Wood"
Get-CsLabUser | Where-Object { $_.DisplayName -in "Ken Myer", "Robin Wood" } | ForEach-Object { "$($_.DisplayName): $($_.ContactStore), $($_.ContactCount) contacts; $($_.MigrationBlockers -join '; ')" }
