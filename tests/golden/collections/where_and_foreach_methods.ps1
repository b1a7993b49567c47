# source: about_Arrays (Where and ForEach methods, PS 4.0+)
(1..5).Where({ $_ -gt 3 })
(1,2).ForEach({ $_ * 10 })
