# source: about_Scopes (Private option)
$private:p = 'secret'
function f { "[$p]" }
f
"[$p]"
