# source: cmdlets.md §11 example (Get-CsUser: every user enabled for Lync Server); issue 4 default lab (a dozen users)
Get-CsUser | ForEach-Object { "{0} | {1} | {2}" -f $_.DisplayName, $_.SipAddress, $_.RegistrarPool }
