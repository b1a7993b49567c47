# source: ucs-decisions.md 8 ("A file that is not an export, is damaged, or is of the wrong version gives a clear error and changes nothing"): this script is not an export
Import-CsUserData -PoolFqdn "atl-cs-001.litwareinc.com" -FileName "userdata_not_an_export.ps1"
Update-CsUserData -FileName "userdata_not_an_export.ps1" -TestMode
(Get-CsLabUser -Identity "Ken Myer").DataCondition
