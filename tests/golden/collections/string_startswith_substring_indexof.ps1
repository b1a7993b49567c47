# source: about_Methods; .NET System.String (ordinal, case-sensitive)
'atl-cs-001'.StartsWith('atl')
'atl-cs-001'.EndsWith('001')
'atl-cs-001'.Substring(4)
'atl-cs-001'.Substring(0, 3)
'atl-cs-001'.IndexOf('-')
'7'.PadLeft(3, '0')
'ab'.PadRight(4) + '|'
