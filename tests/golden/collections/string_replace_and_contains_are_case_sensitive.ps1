# source: about_Methods; .NET System.String (ordinal, case-sensitive); about_Case-Sensitivity
'Hello'.Replace('l', 'L')
'Hello'.Replace('h', 'J')
'Hello'.Contains('h')
'Hello'.Contains('H')
