# source: Get-Location/Set-Location/Resolve-Path (reference/5.1): a PathInfo whose view is the Path column; Set-Location changes where relative paths point (cd, sl, chdir); Resolve-Path expands wildcards, -Relative gives .\name; a missing folder is ItemNotFoundException
$d = '/tmp/ucsh-golden-files-location'
Remove-Item $d -Recurse -ErrorAction SilentlyContinue
New-Item -ItemType Directory "$d/sub dir" | Out-Null
Set-Location $d
Get-Location
(Get-Location).Path
"$PWD"
cd 'sub dir'
Set-Content a.txt 'in sub'
cd ..
Get-Content 'sub dir/a.txt'
(Resolve-Path 'sub*/*.txt').Path
Resolve-Path 'sub dir\a.txt' -Relative
Set-Location C:\
New-Item -ItemType Directory Logs | Out-Null
sl Logs
(Get-Location).Path
Set-Content users.csv 'x'
(Resolve-Path .\users.csv).Path
Set-Location nowhere
Set-Location /
Remove-Item $d -Recurse
