# source: about_Split
'a,b,c,d' -split ',', 2
