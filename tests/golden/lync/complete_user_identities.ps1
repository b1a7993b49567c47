# source: issue 5 point 3 (user -Identity<Tab>: display names, quoted when they contain spaces, and SIP addresses; -Target: pool FQDNs; -ClientVersion: its allowed values); the default lab's users and pools (README); cmdlets.md (Move-CsUser -Target a pool or sipfed.online.lync.com)
(TabExpansion2 'Get-CsUser -Identity Ken').CompletionMatches.CompletionText
(TabExpansion2 'Get-CsUser -Identity "ken').CompletionMatches.CompletionText
(TabExpansion2 'Get-CsUser -Identity sip:k').CompletionMatches.CompletionText
(TabExpansion2 'Connect-CsLabClient j').CompletionMatches.CompletionText
(TabExpansion2 'Invoke-CsUcsRollback -Identity "Ken Myer", Pil').CompletionMatches.CompletionText
(TabExpansion2 'Test-CsUnifiedContactStore -UserSipAddress sip:pi').CompletionMatches.CompletionText
"--"
(TabExpansion2 'Move-CsUser -Identity "Ken Myer" -Target ').CompletionMatches.CompletionText
"--"
(TabExpansion2 'Debug-CsUnifiedContactStore -PoolFqdn atl').CompletionMatches.CompletionText
(TabExpansion2 'Connect-CsLabClient "Ken Myer" -ClientVersion ').CompletionMatches | ForEach-Object { "$($_.CompletionText) $($_.ResultType)" }
