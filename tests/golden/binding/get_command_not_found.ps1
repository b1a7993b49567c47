# source: Get-Command (a name without wildcards that matches nothing is an error)
Get-Command Get-NoSuchThing
(Get-Command Get-NoSuch*) -eq $null
"after"
