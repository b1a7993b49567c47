# source: about_Quoting_Rules; about_Scopes
$script:x = 'S'
"v:$script:x"
