# source: ForEach-Object.md (-MemberName)
'a','b' | ForEach-Object ToUpper
'a.b','c.d' | ForEach-Object Split '.'
