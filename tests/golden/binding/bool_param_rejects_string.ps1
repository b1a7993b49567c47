# source: powershell.md parameter binding; 5.1 ArgumentTypeConverterAttribute: a [bool] parameter accepts only Booleans and numbers ("-b true" from -File is the classic case)
function f([bool]$b) { "b=$b" }
f -b $true
f -b 0
f -b 2
f -b "true"
"after"
