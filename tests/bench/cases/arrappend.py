a = []
i = 0
while i < 100000:
    a += [i]
    i += 1
print(len(a))
