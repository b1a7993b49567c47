# source: ucsh's own rule (fspath.h, issue 7 point 6): no file writer reaches the lab store's files, `>`/`>>` redirection and Export-CsUserData included; other files beside it are fine
$d = '/tmp/ucsh-golden-security-redirect'
Remove-Item $d -Recurse -ErrorAction SilentlyContinue
New-Item -ItemType Directory $d | Out-Null
Set-Location $d
$env:UCSH_STORE = "$d/lab.db"
$before = (Get-CsLabClock).Ticks
'overwritten' > lab.db
'appended' >> ./lab.db-wal
Get-CsUser 'Ken Myer' > lab.db-shm
Export-CsUserData -PoolFqdn atl-cs-001.litwareinc.com -FileName lab.db -Force
Get-CsUser | Export-Csv -Path lab.db-journal
'fine' > beside.txt
Get-ChildItem -Name | Where-Object { $_ -notlike 'lab.db-*' }
(Get-CsLabClock).Ticks -eq $before
@(Get-CsUser).Count
$env:UCSH_STORE = ':memory:'
Set-Location /
Remove-Item $d -Recurse
