# source: ucs-decisions.md 2 (time): the lab clock starts at a fixed date; only Skip-CsLabTime moves it, running due work in order
Get-CsLabClock
Skip-CsLabTime -Minutes 90
Get-CsLabClock
Skip-CsLabTime -Hours 3 -Minutes 30
Get-CsLabClock
Skip-CsLabTime -Days 30
Get-CsLabClock
Skip-CsLabTime
Get-CsLabClock
Skip-CsLabTime -Minutes -1
Get-CsLabClock
