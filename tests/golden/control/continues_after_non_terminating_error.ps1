# source: everything-about-exceptions; about_Automatic_Variables
Write-Error 'e1'
'after'
