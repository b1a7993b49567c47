# source: about_Quoting_Rules (smart quotes note); CharTraits.cs IsSingleQuote/IsDoubleQuote; tokenizer ScanStringLiteral
$a = 1
“x$a”
“mixed"
"also”
„low”
