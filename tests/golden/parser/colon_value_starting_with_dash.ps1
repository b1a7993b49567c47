# source: tokenizer ScanParameter; powershell.md section 2 (-Name:value)
function f { param($x) $x }
f -x:-bar
