# source: Out-Null.md
'gone' | Out-Null
$x = 'kept'
$x
