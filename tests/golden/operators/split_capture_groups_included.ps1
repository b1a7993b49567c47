# source: about_Split
'a1b' -split '(\d)'
