# source: issue 4 lab cmdlets: New-CsLabUser refuses duplicates, unknown pools and bad counts (non-terminating per record; ValidateSet/ValidateRange)
New-CsLabUser -DisplayName "Ken Myer"
New-CsLabUser -DisplayName "Nowhere" -RegistrarPool pool99.litwareinc.com
New-CsLabUser -DisplayName "Zero" -Count 0
New-CsLabUser -DisplayName "Old" -ExchangeVersion 2007
"users: $((Get-CsLabUser | Measure-Object).Count)"
