# source: about_Logical_Operators; lang-spec chapter-07 7.10
$true -xor $true
$true -xor $false
