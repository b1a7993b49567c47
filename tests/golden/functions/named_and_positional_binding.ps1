# source: about_Functions; about_Parameters
function f { param($First, $Second) "$First-$Second" }
f 1 2
f -Second 2 -First 1
f -Second b a
