# source: about_Comparison_Operators (Replacement operator)
'sip:ken@litwareinc.com' -replace '^sip:(?<user>[^@]+)@.*$', '${user}'
