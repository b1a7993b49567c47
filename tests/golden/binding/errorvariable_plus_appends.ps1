# source: about_CommonParameters (-ErrorVariable +name appends)
Write-Error one -ErrorAction SilentlyContinue -ErrorVariable e
Write-Error two -ErrorAction SilentlyContinue -ErrorVariable +e
$e.Count
"$($e[1])"
Write-Error three -ErrorAction SilentlyContinue -ErrorVariable e
$e.Count
"$($e[0])"
