# source: issue 4 lab cmdlets: Connect-CsLabClient takes users from the pipeline; unknown identities are per-record errors
New-CsLabUser -DisplayName "Pipe" -Count 5 | Connect-CsLabClient
"Pipe 1", "nobody", "Pipe 2" | Disconnect-CsLabClient
Get-CsLabUser -Identity "Pipe*" | ForEach-Object { "$($_.DisplayName) $($_.SignedIn) $($_.ContactStore)" }
Skip-CsLabTime -Minutes 10
(Get-CsLabUser -Identity "Pipe*" | Where-Object { $_.ContactStore -eq "UnifiedContactStore" }).Count
