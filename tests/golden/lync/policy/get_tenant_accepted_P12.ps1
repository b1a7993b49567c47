# source: ucs-model.md P12 (Tenant form; on premises: accept and ignore, decided in cs_policy.c); -Tenant is a Guid
(Get-CsUserServicesPolicy -Tenant "38aad667-af54-4397-aaa7-e94c79ec2308").Count
Get-CsUserServicesPolicy -Tenant "38aad667-af54-4397-aaa7-e94c79ec2308" -Identity global -Verbose | ForEach-Object { $_.Identity }
