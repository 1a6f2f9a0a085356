# is / is not for None and shared objects; in / not in across container types.
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c, None is None, [] is not [])
print(1 in [1, 2], "k" in {"k": 1}, 1 in {"k": 1}, "ell" in "hello", 3 in range(5), (1, 2) in [(1, 2)])
print(2 not in {1, 3}, "z" not in "abc", [] in [[]], 1.0 in [1], True in [1])
x = None
print(x is None, x == None, x is not None)
