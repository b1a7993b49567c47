# source: powershell.md §9 (Table vs list, Table layout); 5.1 FormatAndOutput (OutCommandInner, TableWriter)
[pscustomobject]@{Enabled=$true; User='sip:ken@contoso.com'}
[pscustomobject]@{Enabled=$false; User='sip:al@contoso.com'}
