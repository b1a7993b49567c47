# source: Write-Warning.md; InternalHostUserInterfaceStrings.resx (WarningFormatString); powershell.md section 9 (host output, stdout when redirected; PowerShell issue #7989)
Write-Warning 'careful'
'done'
