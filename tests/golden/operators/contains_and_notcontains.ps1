# source: about_Comparison_Operators (Containment operators)
'a','b' -contains 'A'
'a','b' -ccontains 'A'
'Windows','PowerShell' -contains 'Shell'
1,2,3 -notcontains 4
1,2,3 -contains '2'
