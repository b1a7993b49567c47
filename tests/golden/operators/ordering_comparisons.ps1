# source: about_Comparison_Operators
5 -ge 5
5 -le 4
'b' -gt 'a'
2 -lt 10
'2' -lt '10'
'apple' -lt 'Banana'
