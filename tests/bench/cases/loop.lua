local sum = 0
for i = 0, 999999 do sum = sum + i; if sum > 1000000000 then sum = 0 end end
print(sum)
