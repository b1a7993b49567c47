# source: about_CommonParameters (-OutVariable +name appends)
Write-Output a -OutVariable v | Out-Null
Write-Output b -OutVariable +v | Out-Null
$v -join ',' 
