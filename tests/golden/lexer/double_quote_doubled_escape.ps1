# source: about_Quoting_Rules
"say ""hi"""
'it''s'
