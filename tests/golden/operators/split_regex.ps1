# source: about_Split
'a1b22c' -split '\d+'
