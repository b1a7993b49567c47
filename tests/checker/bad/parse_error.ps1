# An unclosed brace: nothing else can be checked.
foreach ($u in Get-CsUser) {
  Invoke-CsUcsRollback -Identity $u.Identity
