# source: CharTraits.cs IsDash (en dash, em dash, horizontal bar); lang-spec chapter-02 dash
10 — 3
$x = 8
$x – 2
