# source: about_Functions_Advanced_Parameters (Position)
function f {
  param([Parameter(Position=1)] $a, [Parameter(Position=0)] $b)
  "a=$a b=$b"
}
f x y
