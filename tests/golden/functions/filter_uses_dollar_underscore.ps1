# source: about_Functions (Filters)
filter Double { $_ * 2 }
1,2,3 | Double
