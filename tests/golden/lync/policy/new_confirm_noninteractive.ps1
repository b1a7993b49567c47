# source: cmdlets.md §3 (-Confirm prompts); powershell.md: a prompt in a non-interactive shell is an error; nothing is created
New-CsUserServicesPolicy -Identity "site:Redmond" -Confirm
(Get-CsUserServicesPolicy -Filter "site:*").Count
