# source: 5.1 OutCommandInner/OutputGroupQueue (a table without widths waits up to 300 ms; host text is not held)
[pscustomobject]@{a=1}
Write-Host 'host text'
