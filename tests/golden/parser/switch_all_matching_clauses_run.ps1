# source: about_Switch
switch (3) {
  3 { 'three' }
  { $_ -gt 1 } { 'greater than one' }
  3 { 'three again' }
}
