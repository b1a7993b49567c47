# source: cmdlets.md §5 -PassThru ("the cmdlet will return instances of ... OCSUserOrAppContact")
$u = Grant-CsUserServicesPolicy -Identity "Pilar Ackerman" -PolicyName "UCS Enabled Users" -PassThru
$u.GetType().FullName
"$($u.DisplayName) $($u.UserServicesPolicy)"
(Grant-CsUserServicesPolicy -Identity "Pilar Ackerman" -PolicyName "UCS Enabled Users").Count
