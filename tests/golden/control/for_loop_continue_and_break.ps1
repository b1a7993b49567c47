# source: about_For; about_Continue; about_Break
for ($i = 0; $i -lt 10; $i++) {
  if ($i -eq 1) { continue }
  if ($i -eq 4) { break }
  $i
}
