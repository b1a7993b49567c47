# source: about_Try_Catch_Finally
try {
  $z = 0
  1 / $z
  'not reached'
} catch {
  'caught: ' + $_.Exception.Message
}
