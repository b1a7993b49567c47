# source: cmdlets.md 7 (example 1) and 1.5, ucs-decisions.md 5: Invoke-CsUcsRollback asks for confirmation by default (ConfirmImpact High); with -NonInteractive the prompt is an error and nothing changes
Connect-CsLabClient -Identity "Ken Myer"
Skip-CsLabTime -Minutes 10
Invoke-CsUcsRollback -Identity "Ken Myer"
(Get-CsLabUser -Identity "Ken Myer").ContactStore
