from operator import methodcaller
print(methodcaller("upper")("abc"))
print(methodcaller("split", ",", maxsplit=1)("a,b,c"))
print(list(map(methodcaller("strip", "*"), ["*a*", "**b"])))
print(methodcaller("split", ",", maxsplit=1))
