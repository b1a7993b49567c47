local sum = 0
for i = 1, 100000 do
  local o = {N = i}
  if o.N > 50000 then sum = sum + o.N end
end
print(sum)
