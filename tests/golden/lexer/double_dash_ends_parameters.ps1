# source: about_Special_Characters; about_Parsing
Write-Output -- -InputObject
