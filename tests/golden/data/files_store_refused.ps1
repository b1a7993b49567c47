# source: ucsh's own rule (fspath.h, README "File cmdlets"): the file cmdlets never write the lab store's files (the database and its -wal, -shm and -journal files); other files beside it are fine
$d = '/tmp/ucsh-golden-files-store_refused'
Remove-Item $d -Recurse -ErrorAction SilentlyContinue
New-Item -ItemType Directory $d | Out-Null
Set-Location $d
$env:UCSH_STORE = "$d/lab.db"
Set-Content lab.db 'overwritten'
'x' | Out-File lab.db-wal
Add-Content -Path ./lab.db-journal -Value 'y'
Set-Content beside.txt 'fine'
Get-ChildItem -Name
$env:UCSH_STORE = ':memory:'
Set-Location /
Remove-Item $d -Recurse
