# source: ucs-model.md M9 (after migration contacts are managed from Lync 2013, Outlook or Outlook Web App; "The user does not have to be logged in to Lync to manage their contacts from Outlook"; Favorites stay synchronized) and M6 (they live in the Exchange 2013 mailbox)
Connect-CsLabClient -Identity "Ken Myer"
Skip-CsLabTime -Minutes 10
Disconnect-CsLabClient -Identity "Ken Myer"
(Get-CsLabUser -Identity "Ken Myer").SignedIn
# signed out of Lync: the mailbox (Outlook / OWA) still takes changes
Add-CsLabContact -Identity "Ken Myer" -Contact sip:lisajacobson@litwareinc.com -Group "Added in Outlook"
Remove-CsLabContact -Identity "Ken Myer" -Contact sip:pilarackerman@litwareinc.com
# the next Lync 2013 sign-in sees the same list, writable
Connect-CsLabClient -Identity "Ken Myer"
Get-CsLabContact -Identity "Ken Myer" | ForEach-Object { "$($_.SipAddress) [$($_.Group)] $($_.Location) ReadOnly=$($_.ReadOnly)" }
