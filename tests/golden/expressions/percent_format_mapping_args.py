# printf-style % formatting: what counts as one argument, a tuple or a mapping.
print("%(name)s is %(age)d, %(name)r again" % {"name": "Bo", "age": 7})
print("%(x)s%(x)s %()s %((a))s" % {"x": 1, "": 2, "(a)": 3})
print("%(n)5.1f|%(n)-8e|%(n)+d" % {"n": 2.25})
print("%s" % {"a": 1}, "%s" % [1, 2], "%s" % [], "%s" % (1,), "%s" % ((1, 2),))
print("abc" % (), "abc" % {"a": 1}, "abc" % [1], "abc" % [])
print("%r" % ("x",), "%r" % ([("x", 1)],))
s = "%s-%s"
s %= ("a", "b")
print(s)
t = ("a", "b")
print("%s+%s" % t, "%s" % (t,), "%s" % str(t))
print("%s" % "%s" % "x", "%%%s%%" % "y")
n = 3
print("%-*s|" % (n + 2, "ab"), "%.*d" % (n, 7))
