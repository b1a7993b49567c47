# source: cmdlets.md 7 (-Identity: position 1, pipeline by value; the four identity formats of 1.1)
Connect-CsLabClient -Identity "Ken Myer"
Connect-CsLabClient -Identity "Pilar Ackerman"
Connect-CsLabClient -Identity "Robin Wood"
Skip-CsLabTime -Minutes 10
Invoke-CsUcsRollback "sip:kenmyer@litwareinc.com" -Confirm:$False -WarningAction SilentlyContinue
"pilarackerman@litwareinc.com", "litwareinc\robinwood" | Invoke-CsUcsRollback -Confirm:$False -WarningAction SilentlyContinue
Get-CsLabUser -Identity "Ken Myer", "Pilar Ackerman", "Robin Wood" | ForEach-Object { "$($_.DisplayName): $($_.ContactStore)" }
