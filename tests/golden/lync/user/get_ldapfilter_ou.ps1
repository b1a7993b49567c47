# source: cmdlets.md §11 (-LdapFilter "Department=Finance", -OU "ou=Finance,..."): the lab's directory has no LDAP attributes and one container (CN=Users); clear errors
Get-CsUser -LdapFilter "Department=Finance"
Get-CsUser -OU "ou=Finance,dc=litwareinc,dc=com"
(Get-CsUser -OU "CN=Users,DC=litwareinc,DC=com").Count
"after"
