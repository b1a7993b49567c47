objs = ({"N": i} for i in range(1, 100001))
big = (o for o in objs if o["N"] > 50000)
print(sum(o["N"] for o in big))
