# source: about_Quoting_Rules (smart quotes note); CharTraits.cs IsSingleQuote/IsDoubleQuote; tokenizer ScanStringLiteral
‘abc’
’reversed‘
'mixed’
‚low‛
