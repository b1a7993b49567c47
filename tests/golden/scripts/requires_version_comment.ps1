# source: about_Requires; Parser.Tests.ps1 (#requires tokenizer tests)
#Requires -Version 3.0
'requires ok'
