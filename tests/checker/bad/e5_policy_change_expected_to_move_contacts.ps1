# Turns UCS off and expects the contacts to come back to Lync Server (E5).
Set-CsUserServicesPolicy -Identity Global -UcsAllowed $False
Get-CsLabUser "Ken Myer" | Select-Object ContactStore
