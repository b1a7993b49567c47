# source: about_For
for ($i = 0; $i -lt 3; $i++) { "i=$i" }
