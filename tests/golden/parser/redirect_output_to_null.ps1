# source: about_Redirection
Write-Output 'gone' > $null
'kept'
