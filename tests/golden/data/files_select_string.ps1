# source: Select-String (reference/5.1/Microsoft.PowerShell.Utility; MatchString.cs MatchInfo.ToString): pipeline input prints the line, files print name:line:text relative to the current folder; -SimpleMatch, -CaseSensitive, -NotMatch, -Quiet, -List, -AllMatches; MatchInfo properties
$d = '/tmp/ucsh-golden-files-select_string'
Remove-Item $d -Recurse -ErrorAction SilentlyContinue
New-Item -ItemType Directory $d | Out-Null
Set-Location $d
Set-Content a.log 'ERROR one', 'ok', 'error two'
Set-Content b.log 'fine', 'Error three'
'Hello', 'hello', 'goodbye' | Select-String -Pattern 'hello' -CaseSensitive
Select-String -Path *.log -Pattern 'error'
$m = Select-String -Path a.log -Pattern 'err' -List
"$($m.Filename) $($m.LineNumber) $($m.Line) $($m.Pattern) $($m.Matches[0].Value)"
(Select-String -Path *.log -Pattern 'error' -List).Count
('a.b', 'axb' | Select-String -SimpleMatch 'a.b').Line
('a.b', 'axb' | Select-String 'a.b').Count
('x', 'y', 'x' | Select-String -NotMatch 'x').Line
'abc' | Select-String 'zzz' -Quiet
'abc', 'zbz' | Select-String 'b' -Quiet
('a1b2c3' | Select-String '\d' -AllMatches).Matches.Count
('a1b2c3' | Select-String '\d').Matches.Count
Get-ChildItem *.log | Select-String 'three'
Set-Location /
Remove-Item $d -Recurse
