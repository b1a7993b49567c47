# source: about_Automatic_Variables ($Error)
Write-Error 'first'
Write-Error 'second'
"$($Error[0])"
"$($Error[1])"
