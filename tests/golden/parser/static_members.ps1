# source: about_Operators (static member operator)
[math]::Round(2.5)
[math]::Round(3.5)
[int]::MaxValue
[math]::Max(3, 7)
[math]::Pow(2, 10)
