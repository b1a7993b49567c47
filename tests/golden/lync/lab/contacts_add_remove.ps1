# source: issue 4 lab cmdlets: Add-/Remove-/Get-CsLabContact from the user's client, wherever the contacts live
Get-CsLabContact -Identity "Lisa Jacobson"
Add-CsLabContact -Identity "Lisa Jacobson" -Contact sip:kenmyer@litwareinc.com, pilarackerman@litwareinc.com
Add-CsLabContact -Identity "Lisa Jacobson" -Contact sip:jeffhay@litwareinc.com -Group "Project Team"
Get-CsLabContact -Identity "Lisa Jacobson"
Add-CsLabContact -Identity "Lisa Jacobson" -Contact sip:kenmyer@litwareinc.com
Remove-CsLabContact -Identity "Lisa Jacobson" -Contact sip:pilarackerman@litwareinc.com
Remove-CsLabContact -Identity "Lisa Jacobson" -Contact sip:nobody@litwareinc.com
(Get-CsLabUser -Identity "Lisa Jacobson").ContactCount
