# source: about_Functions (Filters)
filter Add-One { $_ + 1 }
1,2 | Add-One
