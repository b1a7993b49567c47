# source: Parser.cs GetCommandArgument; powershell.md section 2 (Adjacent pieces)
Write-Output "a"b
