# source: about_Automatic_Variables ($?)
Write-Output 'x' | Out-Null
$?
Write-Error 'failed'
$?
