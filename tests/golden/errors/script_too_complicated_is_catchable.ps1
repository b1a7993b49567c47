# source: Parser.ParseTask reports ParserStrings.ScriptTooComplicated when nesting exhausts the parser's stack; a called script's parse errors are catchable (about_Try_Catch_Finally)
$f = "/tmp/ucsh_golden_deep_parens_$PID.ps1"
Set-Content -Path $f -Value ('$x = ' + '(' * 100000 + '1' + ')' * 100000)
try { & $f; 'not reached' } catch { 'caught: ' + $_ }
Set-Content -Path $f -Value ('$x = ' + '{' * 100000 + '}' * 100000)
try { & $f; 'not reached' } catch { 'caught: ' + $_ }
Remove-Item $f
'after'
