# source: about_Special_Characters; Parser.Tests.ps1 (C# escape sequences) ("escaping any character with no special meaning just returns that char")
"fo`obar"
"foo` bar"
