# source: about_Arithmetic_Operators; NumericOps.Divide
10 / 4
6 / 2
(6 / 2) -is [int]
7 / 2
