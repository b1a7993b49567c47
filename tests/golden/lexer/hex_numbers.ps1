# source: about_Numeric_Literals; Parser.Tests.ps1 (Numerical Notations)
0x1F
0xff + 1
0X10
