# source: about_PSCustomObject; everything-about-pscustomobject
$o = [pscustomobject]@{ Name = 'Ken'; Enabled = $false }
$o.Name = 'Pilar'
$o.Name
$o.Enabled
