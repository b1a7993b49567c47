# source: about_Type_Operators
5 -is [int]
'5' -is [string]
5 -isnot [string]
@(1) -is [array]
5.0 -is [double]
$true -is [bool]
