# source: about_Switch; about_Break
foreach ($i in 1,2) {
  switch ($i) { 1 { 'one'; break } }
  "after $i"
}
