# source: about_Comparison_Operators (DomainName\Username example); powershell.md section 10
'CONTOSO\kenmyer' -match '^(?<DomainName>[\w-.]+)\\(?<Username>[\w-.]+)$'
$Matches.DomainName
$Matches.Username
