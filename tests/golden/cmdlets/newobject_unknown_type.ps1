# source: reference/5.1/Microsoft.PowerShell.Utility/New-Object.md; PowerShell NewObjectStrings (TypeNotFound)
New-Object Foo.Bar
'after'
