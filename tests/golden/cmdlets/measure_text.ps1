# source: reference/5.1/Microsoft.PowerShell.Utility/Measure-Object.md (-Line -Word -Character)
$t = 'One two three', 'four five' | Measure-Object -Line -Word -Character
"$($t.Lines) $($t.Words) $($t.Characters)"
