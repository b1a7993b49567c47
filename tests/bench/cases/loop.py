s = 0
i = 0
while i < 1000000:
    s += i
    if s > 1000000000:
        s = 0
    i += 1
print(s)
