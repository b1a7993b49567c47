# A misspelt cmdlet and a misspelt parameter (en dash kept as the docs print it).
Get-CsUserServicePolicy -Identity Global
Grant-CsUserServicesPolicy –Identity "Ken Myer" –PolicName "UCS Enabled Users"
