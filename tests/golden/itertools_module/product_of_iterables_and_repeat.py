from itertools import product
print(list(product("AB", "xy")))
print(list(product(range(2), repeat=3)))
print(list(product()), list(product("ab", [])))
print(len(list(product("abc", repeat=2))))
