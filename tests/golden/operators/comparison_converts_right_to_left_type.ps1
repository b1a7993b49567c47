# source: about_Comparison_Operators; ComparisonOperator.Tests.ps1
'10' -lt 9
10 -lt '9'
1 -eq '1.0'
'1.0' -eq 1
