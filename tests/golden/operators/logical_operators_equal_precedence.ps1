# source: about_Logical_Operators; lang-spec chapter-07 7.10; about_Operator_Precedence
$true -or $true -and $false
$false -and $true -or $true
