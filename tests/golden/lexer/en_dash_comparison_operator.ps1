# source: CharTraits.cs IsDash (en dash, em dash, horizontal bar); lang-spec chapter-02 dash
5 –gt 2
2 –lt 1
