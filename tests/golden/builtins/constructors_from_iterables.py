# list/tuple/dict/set/str/bool/int/float constructors with and without arguments.
print(list(), tuple(), dict(), set(), str(), bool(), int(), float())
print(list("ab"), list((1, 2)), list({"k": 1}), list(range(3)), tuple([1]), set([1, 1]))
print(str([1, "a"]), str((1,)), str({"a": [1]}), str(1.0), str(-5))
print(list(map(bool, ["", "x", 0, 2])))
