# source: about_Redirection
Write-Error 'hidden' 2>$null
'after'
