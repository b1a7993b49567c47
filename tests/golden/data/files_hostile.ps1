# source: Get-Content (5.1) reads what StreamReader decodes: a NUL is a character of the line, bytes that are not text are replaced (ucsh: Windows-1252 without -Encoding, U+FFFD with -Encoding UTF8, README "File cmdlets"), a 1 MB line is one string; -LiteralPath takes names with spaces, quotes and brackets as they are
$d = '/tmp/ucsh-golden-files-hostile'
Remove-Item $d -Recurse -ErrorAction SilentlyContinue
New-Item -ItemType Directory $d | Out-Null
Set-Location $d
Set-Content nul.txt "a`0b", 'c' -NoNewline
(Get-Content nul.txt -Raw).Length
Set-Content -Path bad.bin -Value 0x61, 0xE9, 0x62, 0x80, 0x63 -Encoding Byte
$t = Get-Content bad.bin
"$($t.Length) $($t[1] -ceq [char]0xE9) $($t[3] -ceq [char]0x20AC)"
$u = Get-Content bad.bin -Encoding UTF8
"$($u.Length) $($u[1] -ceq [char]0xFFFD) $($u[3] -ceq [char]0xFFFD)"
Set-Content big.txt ('x' * 1MB)
(Get-Content big.txt).Length
Set-Content -LiteralPath "it's [a] file.txt" -Value 'quoted'
Get-Content -LiteralPath "it's [a] file.txt"
Get-Content "$d/it's ``[a``] file.txt"
Set-Content 'with space.txt' 'spaced'
Get-Content '.\with space.txt'
Set-Location /
Remove-Item $d -Recurse
