# source: issue 5 point 3 (-Identity of the policy cmdlets<Tab>: policy identities); cmdlets.md (Get-/Set-/Remove-CsUserServicesPolicy identities Global, site:, service:UserServer:, tag:)
New-CsUserServicesPolicy -Identity "site:Redmond" | Out-Null
New-CsUserServicesPolicy -Identity "UserServer:atl-cs-001.litwareinc.com" | Out-Null
(Get-CsUserServicesPolicy).Identity
"--"
(TabExpansion2 'Get-CsUserServicesPolicy -Identity ').CompletionMatches.CompletionText
"--"
(TabExpansion2 'Remove-CsUserServicesPolicy -Identity s').CompletionMatches.CompletionText
(TabExpansion2 'Set-CsUserServicesPolicy -Identity tag:').CompletionMatches.CompletionText
