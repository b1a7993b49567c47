local function add(a, b) return a + b end
local t = 0
for i = 1, 100000 do t = add(t, 1) end
print(t)
