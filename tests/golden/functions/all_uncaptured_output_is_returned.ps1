# source: about_Functions; about_Return
function f { 'a'; 'b'; return 'c'; 'd' }
f
(f).Count
