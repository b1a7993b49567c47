# source: about_Numeric_Literals; Parser.Tests.ps1 (Numerical Notations)
1kb
1KB
1mb
1gb
1.5mb
0xFFFFFFFFkb
0xFFFFFFFFFFFFFFFFkb
