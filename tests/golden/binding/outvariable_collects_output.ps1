# source: about_CommonParameters (-OutVariable)
Write-Output 1, 2 -OutVariable o | Out-Null
$o.Count
$o -join ','
function f { [CmdletBinding()] param() 'x'; 'y' }
$null = f -OutVariable fo
$fo -join ',' 
