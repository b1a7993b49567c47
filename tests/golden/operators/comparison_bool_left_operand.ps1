# source: about_Comparison_Operators; powershell.md section 3
$true -eq 'False'
'True' -eq $true
