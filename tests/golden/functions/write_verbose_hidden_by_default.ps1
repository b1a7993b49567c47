# source: Write-Verbose.md; about_Preference_Variables ($VerbosePreference)
Write-Verbose 'hidden detail'
'done'
