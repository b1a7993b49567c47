# source: about_Continue; about_Break
foreach ($i in 1..6) {
  if ($i -eq 2) { continue }
  if ($i -eq 5) { break }
  $i
}
