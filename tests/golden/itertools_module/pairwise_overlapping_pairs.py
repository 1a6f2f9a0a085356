from itertools import pairwise
print(list(pairwise("ABCD")), list(pairwise([1])), list(pairwise([])))
