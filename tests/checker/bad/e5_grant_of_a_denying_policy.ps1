# A per-user policy that denies UCS, granted, never followed by a rollback (E5).
New-CsUserServicesPolicy -Identity "NoUnifiedContactStore" -UcsAllowed $False
Grant-CsUserServicesPolicy -Identity "Ken Myer" -PolicyName "NoUnifiedContactStore"
