# source: reference/5.1/Microsoft.PowerShell.Core/Invoke-Command.md (-ScriptBlock -ArgumentList); about_Script_Blocks
Invoke-Command -ScriptBlock { param($a, $b) $a + $b } -ArgumentList 2, 3
Invoke-Command { "$($args[0])!" } -ArgumentList 'hi'
