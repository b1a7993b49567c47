# source: about_Logical_Operators; lang-spec chapter-07 7.10
function t { Write-Host 'evaluated'; $true }
$false -and (t)
$true -or (t)
$true -and (t)
