# source: about_CommonParameters (-WarningVariable: stores warnings, +name appends; collected even with -WarningAction SilentlyContinue)
function f { [CmdletBinding()] param() Write-Warning "careful"; "done" }
f -WarningVariable w -WarningAction SilentlyContinue
"count=$($w.Count) msg=$($w[0])"
Write-Warning "second" -WarningVariable +w
$w.Count
