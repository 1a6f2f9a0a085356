import operator
from functools import reduce
print(reduce(operator.mul, range(1, 6)))
print(list(map(operator.add, [1, 2], [10, 20])))
print(sorted({"b": 2, "a": 3}.items(), key=operator.itemgetter(1), reverse=True))
print(operator.call(max, 3, 9))
