# source: about_Language_Keywords (exit)
function f { 'in f'; exit 4 }
f
'not reached'
