# source: about_Foreach
foreach ($w in 'a b c' -split ' ') { $w.ToUpper() }
