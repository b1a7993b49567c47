# source: about_Numeric_Literals; Parser.Tests.ps1 (Numerical Notations)
1e3
5e-2
1.5e2
.5 + 1
2.50
