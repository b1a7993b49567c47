# source: about_Functions (Piping objects to functions)
function f {
  begin { 'begin' }
  process { "p $_" }
  end { 'end' }
}
1,2 | f
