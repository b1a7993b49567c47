# source: about_Special_Characters; Parser.Tests.ps1 (C# escape sequences)
"a`tb"
"x`ny"
