# source: about_Quoting_Rules (smart quotes note); CharTraits.cs IsSingleQuote/IsDoubleQuote; tokenizer ScanStringLiteral ("the first is the escape and append the second quote")
'‘‘x’’'
‘it’’s’
