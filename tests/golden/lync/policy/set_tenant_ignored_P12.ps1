# source: sequences.md §3.1 (Set-CsUserServicesPolicy -Tenant "38aad667-af54-4397-aaa7-e94c79ec2308" -UcsAllowed $True); P12: on premises the tenant is ignored (verbose note) and the global policy is set (P6)
Set-CsUserServicesPolicy -Identity global -UcsAllowed $False
Set-CsUserServicesPolicy -Tenant "38aad667-af54-4397-aaa7-e94c79ec2308" -UcsAllowed $True -Verbose
(Get-CsUserServicesPolicy global).UcsAllowed
Set-CsUserServicesPolicy -Tenant "<tenantId>" -UcsAllowed $True
