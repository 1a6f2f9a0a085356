from itertools import chain
print(list(chain("ab", [1, 2], (3,))))
print(list(chain()))
print(list(chain.from_iterable([[1], [2, 3], []])))
print("".join(chain.from_iterable(["ab", "cd"])))
