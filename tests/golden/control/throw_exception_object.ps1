# source: about_Throw
try { throw [System.ArgumentException]::new('bad arg') }
catch [System.ArgumentException] { 'argument: ' + $_.Exception.Message }
