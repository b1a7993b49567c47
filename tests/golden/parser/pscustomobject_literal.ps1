# source: about_PSCustomObject; powershell.md section 1 (Double-quoted strings)
$o = [pscustomobject]@{ Name = 'Ken'; Pool = 'pool01' }
$o.Name
$o.Pool
"$o"
