# source: Parser.Tests.ps1 ("the unary comma is not valid in cmdlet parameters": ParseException)
'never printed'
write-output 2,,1
