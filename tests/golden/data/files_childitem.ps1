# source: Get-ChildItem (reference/5.1/Microsoft.PowerShell.Management): -Name, -Recurse (folders listed before files, then each subfolder), -File, -Directory, -Filter, -Include/-Exclude, wildcards in -Path; FileInfo has Name, Length, Extension, BaseName, Mode; piped to Get-Content by PSPath; ucsh ends lines with LF, so a one-line file of 3 characters is 4 bytes (5 in 5.1)
$d = '/tmp/ucsh-golden-files-childitem'
Remove-Item $d -Recurse -ErrorAction SilentlyContinue
New-Item -ItemType Directory "$d/logs/old" | Out-Null
Set-Location $d
Set-Content users.csv 'a,b'
Set-Content notes.txt 'hello'
Set-Content logs/run.log 'ran'
Set-Content logs/old/first.log 'first'
Get-ChildItem -Name
'--'
Get-ChildItem -Recurse -Name
'--'
(Get-ChildItem -File).Name -join ','
(Get-ChildItem -Directory -Recurse).Name -join ','
(Get-ChildItem -Recurse -Filter *.log).Name -join ','
(gci *.csv, *.txt).Name -join ','
(dir -Recurse -Include *.log -Exclude first*).Name -join ','
$f = ls users.csv
"$($f.Name) $($f.Length) $($f.Extension) $($f.BaseName) $($f.Mode)"
Get-ChildItem logs -Filter *.log | Get-Content
Get-ChildItem missing
Set-Location /
Remove-Item $d -Recurse
