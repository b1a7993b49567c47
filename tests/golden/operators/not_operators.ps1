# source: about_Logical_Operators; lang-spec chapter-07 7.10; Parser.Tests.ps1 (!3)
-not $true
!$false
!0
-not 'x'
!3
