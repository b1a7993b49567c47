local a = {}
for i = 1, 100000 do a[#a + 1] = i * 2 end
print(#a)
