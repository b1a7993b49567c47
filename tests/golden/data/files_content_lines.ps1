# source: Get-Content/Set-Content/Add-Content (reference/5.1/Microsoft.PowerShell.Management): lines as strings, -TotalCount (-First/-Head), -Tail (-Last), -Raw; CR, LF and CRLF end lines; Add-Content appends without adding a line break first
$d = '/tmp/ucsh-golden-files-content_lines'
Remove-Item $d -Recurse -ErrorAction SilentlyContinue
New-Item -ItemType Directory $d | Out-Null
Set-Location $d
Set-Content -Path mixed.txt -Value "a`r`nb`nc`rd`r`n" -NoNewline
$lines = Get-Content mixed.txt
"$($lines.Count): $($lines -join '|')"
(Get-Content mixed.txt -Raw).Length
Set-Content nums.txt (1..10)
(Get-Content nums.txt -TotalCount 3) -join ','
(Get-Content nums.txt -First 2) -join ','
(Get-Content nums.txt -Head 1) -join ','
(Get-Content nums.txt -Tail 2) -join ','
(Get-Content nums.txt -Last 3) -join ','
1..3 | Set-Content piped.txt
Add-Content piped.txt 'four', 'five'
(Get-Content piped.txt) -join ','
Set-Content part.txt 'no end' -NoNewline
Add-Content part.txt 'joined'
Get-Content part.txt
New-Item -ItemType File empty.txt | Out-Null
$null -eq (Get-Content empty.txt -Raw)
(Get-Content empty.txt).Count
'x' | Set-Content -Path pass.txt -PassThru
gc part.txt; cat part.txt; type part.txt
Set-Location /
Remove-Item $d -Recurse
Test-Path $d
