from collections.abc import Sequence, Mapping
class Pair(Sequence):
    def __getitem__(self, i):
        return (10, 20)[i]
    def __len__(self):
        return 2
match Pair():
    case [a, b]:
        print("sequence", a, b)
print(list(Pair()), Pair().index(20), Pair().count(10), list(reversed(Pair())))
