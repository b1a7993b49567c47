# source: Get-Command -Syntax; Where-Object 5.1 syntax (EqualSet first, then ScriptBlockSet)
$lines = (Get-Command -Syntax Where-Object) -split "`n" | Where-Object { $_ }
$lines[0]
$lines[1]
$lines[2]
