# sum with start, abs of ints/floats, divmod signs, pow with modulus.
print(sum([1, 2, 3]), sum([], 10), sum([0.1] * 10), sum([[1], [2]], []), sum(range(101)))
print(abs(-5), abs(5), abs(-2.5), abs(-0.0), abs(-10**30), abs(True))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5), divmod(7.5, 2), divmod(-7.5, 2))
print(pow(2, 8), pow(2.0, -1), pow(7, 2, 5), pow(-2, 3), pow(10, 20))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(e)
