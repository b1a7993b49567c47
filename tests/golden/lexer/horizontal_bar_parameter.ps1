# source: CharTraits.cs IsDash (en dash, em dash, horizontal bar); lang-spec chapter-02 dash
Write-Output ―InputObject 5
