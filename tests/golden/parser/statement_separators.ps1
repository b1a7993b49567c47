# source: about_Parsing; lang-spec chapter-08
'a'; 'b'
'c'
