# source: reference/5.1/Microsoft.PowerShell.Utility/Select-Object.md (calculated property whose Expression is a property name)
$o = [pscustomobject]@{SipAddress='sip:ken@contoso.com'}
$r = $o | Select-Object @{n='Address'; e='SipAddress'}
$r.Address
