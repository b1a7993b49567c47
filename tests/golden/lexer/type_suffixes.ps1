# source: about_Numeric_Literals; Parser.Tests.ps1 (Numerical Notations)
10L
10L -is [long]
# 1d -is [decimal] is True in PowerShell; ucsh keeps decimals as doubles (README: known gaps)
100d + 1
