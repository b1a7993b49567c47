# source: about_Comparison_Operators; about_Regular_Expressions
'atl-cs-001.litwareinc.com' -match '^(?<pool>[^.]+)\.(?<domain>.+)$'
$Matches.pool
$Matches['domain']
