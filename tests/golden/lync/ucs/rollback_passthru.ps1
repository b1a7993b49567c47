# source: cmdlets.md 7 (-PassThru: "pass a user object through the pipeline that represents the user account")
Connect-CsLabClient -Identity "Ken Myer"
Skip-CsLabTime -Minutes 10
$u = Invoke-CsUcsRollback -Identity "Ken Myer" -Confirm:$False -PassThru -WarningAction SilentlyContinue
$u.SipAddress
$u.Identity
Invoke-CsUcsRollback -Identity "Ken Myer" -Confirm:$False -WarningAction SilentlyContinue
