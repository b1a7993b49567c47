# source: CharTraits.cs IsDash (en dash, em dash, horizontal bar); lang-spec chapter-02 dash; MergedCommandParameterMetadata.GetMatchingParameter (own parameter wins)
Write-Output –In 9
