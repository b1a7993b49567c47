# source: about_CommonParameters (-ErrorVariable)
Write-Error 'recorded' -ErrorAction SilentlyContinue -ErrorVariable ev
$ev.Count
"$($ev[0])"
