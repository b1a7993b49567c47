# source: about_Switch
switch (1,2,3) {
  2 { 'two'; continue }
  { $_ -ge 2 } { "big $_" }
}
