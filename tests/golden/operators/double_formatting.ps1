# source: LanguagePrimitives.cs (DoublePrecision G15); about_Numeric_Literals
1 / 3
2 / 3
0.1 + 0.2
1e20
