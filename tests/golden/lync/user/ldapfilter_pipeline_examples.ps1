# source: cmdlets.md §11-§12 examples with -LdapFilter / -UnassignedUser piped to Disable-CsUser and Set-CsUser: the lab keeps no LDAP attributes (an error, nothing changes) and has no unassigned users
Get-CsUser -LdapFilter "&(Department=Finance)(Title=Manager)"
Get-CsUser -LdapFilter "|(Title=Supervisor)(Title=Manager)"
Get-CsUser -LdapFilter "Department=Finance" | Disable-CsUser
Get-CsUser -LdapFilter "Department=Finance" | Set-CsUser -EnterpriseVoiceEnabled $True
Get-CsUser -UnassignedUser | Disable-CsUser
(Get-CsUser).Count
(Get-CsUser -Filter {EnterpriseVoiceEnabled -eq $True}).Count
