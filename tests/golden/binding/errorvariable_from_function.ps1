# source: about_CommonParameters (-ErrorVariable on an advanced function collects its errors)
function f { [CmdletBinding()] param() Write-Error 'inside'; 'done' }
f -ErrorAction SilentlyContinue -ErrorVariable err
$err.Count
"$($err[0])"
