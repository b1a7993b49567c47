# source: about_For; lang-spec chapter-08 8.4.3
for ($i = 0
     $i -lt 2
     $i++) { $i }
