# source: about_Quoting_Rules; Parser.Tests.ps1
'a`tb'
'`$'
