local a = {}
for i = 0, 99999 do a[#a + 1] = i end
print(#a)
