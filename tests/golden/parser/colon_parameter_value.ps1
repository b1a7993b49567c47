# source: about_Parameters; tokenizer ScanParameter (sawColonAtEnd)
Write-Output -InputObject:5
