# source: cmdlets.md §12 Set-CsUser -Enabled ("If you set this value to False, the user will no longer be able to log on ... the information associated with that account (including assigned policies ...) is retained.")
Connect-CsLabClient -Identity "Ken Myer" -ClientVersion 2010
Set-CsUser -Identity "Ken Myer" -Enabled $False
Get-CsUser "Ken Myer" | ForEach-Object { "$($_.Enabled) $($_.UserServicesPolicy)" }
Get-CsLabUser "Ken Myer" | ForEach-Object { "$($_.SignedIn) $($_.ContactCount)" }
(Get-CsLabUser "Ken Myer").MigrationBlockers -join "; "
Set-CsUser -Identity "Ken Myer" -CsEnabled $True
(Get-CsUser "Ken Myer").Enabled
