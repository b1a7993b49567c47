# source: about_Try_Catch_Finally; about_Return
function f { try { return 'r' } finally { Write-Host 'cleanup' } }
$v = f
$v
