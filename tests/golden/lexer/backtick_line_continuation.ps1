# source: about_Special_Characters; Parser.Tests.ps1 (C# escape sequences); about_Parsing (line continuation)
Write-Output `
  -InputObject `
  'hello'
