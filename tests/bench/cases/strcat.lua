local t = {}
for i = 1, 100000 do t[#t + 1] = 'x' end
local s = table.concat(t)
print(#s)
