# source: about_Operators (Format operator); .NET composite formatting
'{0} {1,-6}|{2,5}|' -f 1, 'ab', 'cd'
'{0:N2}' -f 1234.5
'{0:X}' -f 255
'{0:x4}' -f 255
'{0:D5}' -f 42
'{0:F3}' -f 3.14159
'{{0}} {0}' -f 'x'
