# source: cmdlets.md 1.4 ("Management object not found for identity") and ucs-decisions.md 9: one error per unknown user, the pipeline goes on
Connect-CsLabClient -Identity "Ken Myer"
Skip-CsLabTime -Minutes 10
"Nobody Here", "Ken Myer" | Invoke-CsUcsRollback -Confirm:$False -WarningAction SilentlyContinue
(Get-CsLabUser -Identity "Ken Myer").ContactStore
