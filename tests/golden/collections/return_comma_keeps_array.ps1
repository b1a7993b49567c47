# source: about_Return; about_Operators (comma operator)
function Get-Whole { return ,(1,2,3) }
function Get-Items { 1,2,3 }
Get-Whole | ForEach-Object { "got $($_.Count)" }
Get-Items | ForEach-Object { "got $($_.Count)" }
