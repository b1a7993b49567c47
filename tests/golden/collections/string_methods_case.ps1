# source: about_Methods; .NET System.String (ordinal, case-sensitive)
'Hello'.ToUpper()
'Hello'.ToLower()
'  pad  '.Trim() + '|'
'xxhixx'.Trim('x')
