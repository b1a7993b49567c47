a = [i * 2 for i in range(1, 100001)]
print(len(a))
