# source: ucs-decisions.md 7 (the Exchange side the procedures need: Get-Mailbox, New-MoveRequest with ShouldProcess, Get-MoveRequest)
foreach ($n in "Get-Mailbox", "New-MoveRequest", "Get-MoveRequest") { Get-Command $n -Syntax }
