# source: about_History ("the commands that you entered at the command line"); Get-History.md, Invoke-History.md, Clear-History.md (aliases h, history, ghy, r, ihy, clhy); HistoryStrings.resx (5.1 messages)
# A script's own commands are not history: in a script the list is empty.
@(Get-History).Count
Invoke-History
"goes on"
Get-History -Id 3
r 7
Clear-History -WhatIf
Get-Alias h, history, ghy, r, ihy, clhy | ForEach-Object { "$($_.Name) -> $($_.Definition)" }
