# source: about_Scopes; about_Assignment_Operators; PowerShell issue #17911
$x = 1
& { $x += 1; $x }
$x
