# source: Export-Csv (5.1 page: -Encoding, "The default value is ASCII"; UTF8 with a BOM) and Import-Csv (BOM detection); CsvCommands.cs quoting: every value quoted, quotes doubled, so commas, quotes, CR/LF, NUL, a leading '=' and 10 KB values come back unchanged, while $null comes back as ''
$v = [ordered]@{Comma = 'a,b'; Quote = 'say "hi"'; CrLf = "l1`r`nl2"; Lf = "l1`nl2"; Formula = '=1+2'
  Empty = ''; Uni = 'Renée – Køge'; Nul = "a`0b"; Big = ('x' * 10240); Pad = '  pad  '; Bom = "$([char]0xFEFF)z"}
$o = [pscustomobject]$v
$f = 'C:\Temp\csv_roundtrip.csv'
$o | Export-Csv $f -Encoding UTF8
$back = Import-Csv $f
($v.Keys | Where-Object { $back.$_ -cne $v[$_] }).Count
$back2 = $o | ConvertTo-Csv | ConvertFrom-Csv
($v.Keys | Where-Object { $back2.$_ -cne $v[$_] }).Count
$o | Export-Csv $f -Encoding Unicode
((Import-Csv $f).Uni -ceq $v.Uni)
$o | Export-Csv $f
(Import-Csv $f).Uni
[pscustomobject]@{A = $null; B = ''} | ConvertTo-Csv -NoTypeInformation | ConvertFrom-Csv | ForEach-Object { "$($null -eq $_.A)|$($_.A.Length)" }
$h = Import-Csv .\csv_fixture_hostile.csv
$fffd = "$([char]0xFFFD)"
$h[0].A.Replace($fffd, '?')
$h[0].B.Replace("`0", '<NUL>')
$h[1].A.Replace("`n", '<LF>')
$null -eq $h[1].B
