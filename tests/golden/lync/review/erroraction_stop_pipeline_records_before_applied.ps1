# source: about_CommonParameters (-ErrorAction Stop: the error stops the pipeline; records already processed stay processed, later ones are not processed) + issue 4 ("every record is either fully applied or not at all")
New-CsUserServicesPolicy -Identity "NoUcs" -UcsAllowed $False | Out-Null
try { "Pilar Ackerman", "nobody", "Lisa Jacobson" | Grant-CsUserServicesPolicy -PolicyName "NoUcs" -ErrorAction Stop } catch { "caught: $_" }
"granted: " + ((Get-CsUser -Filter {UserServicesPolicy -eq "NoUcs"} | ForEach-Object { $_.DisplayName }) -join ',')
try { "Toni Poe", "Ken Myer", "Jeff Hay" | Move-CsUser -Target "atl-cs-001.litwareinc.com" -Confirm:$False -ErrorAction Stop } catch { "caught: $_" }
Get-CsUser "Toni Poe", "Jeff Hay" | ForEach-Object { "$($_.DisplayName): $($_.RegistrarPool)" }
$ErrorActionPreference = 'Stop'
try { "Jeff Hay", "nobody", "Robin Wood" | Connect-CsLabClient -ClientVersion 2010 } catch { "caught: $_" }
Get-CsLabUser "Jeff Hay", "Robin Wood" | ForEach-Object { "$($_.DisplayName) signed in: $($_.SignedIn)" }
