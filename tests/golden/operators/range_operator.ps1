# source: about_Operators (Range operator)
1..3
3..1
(1..10).Count
-1..1
