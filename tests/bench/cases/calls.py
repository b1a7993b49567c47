def add(a, b):
    return a + b
t = 0
i = 0
while i < 100000:
    t = add(t, 1)
    i += 1
print(t)
