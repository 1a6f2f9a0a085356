# split on whitespace vs a separator, with maxsplit, and rsplit.
print("a  b\tc\n d".split())
print("a,b,,c,".split(","))
print("a b c d".split(" ", 2), "a b c d".rsplit(" ", 2))
print("  lead and trail  ".split(), "  lead".split(" "))
print("".split(), "".split(","), "abc".split("abc"))
print("k=v=w".split("=", 1), "k=v=w".rsplit("=", 1), "x".rsplit(",", 5))
print("1::2::3".split("::"), "one two  three".rsplit(None, 1))
