# source: issue 4 lab cmdlets: Get-CsLabEvent [-Identity] [-Last]: time, user, what happened and why, naming the rule
Connect-CsLabClient -Identity "Ken Myer", "Aidan Delaney", "Jeff Hay"
Skip-CsLabTime -Minutes 10
(Get-CsLabEvent | Measure-Object).Count
Get-CsLabEvent -Last 2 | ForEach-Object { "$($_.User) $($_.Kind)" }
Get-CsLabEvent -Identity "Jeff Hay"
(Get-CsLabEvent -Identity "Ken Myer" -Last 1).Kind
Get-CsLabEvent -Last 0
