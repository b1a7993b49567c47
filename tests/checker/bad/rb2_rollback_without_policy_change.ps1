# Rolls Ken back without changing his policy: temporary (RB2).
Invoke-CsUcsRollback -Identity "Ken Myer" -Confirm:$False
