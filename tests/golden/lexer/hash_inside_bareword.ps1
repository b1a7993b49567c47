# source: CharTraits.cs ForceStartNewToken ("tokenize a#b as a single token")
Write-Output a#b
