# find/rfind return -1, index raises ValueError, count is non-overlapping.
s = "banana"
print(s.find("an"), s.rfind("an"), s.find("x"), s.rfind("x"), s.find(""), s.rfind(""))
print(s.find("a", 2), s.find("a", 2, 3), s.index("n"), s.index("n", 3))
print(s.count("a"), s.count("an"), s.count("ana"), s.count(""), "aaaa".count("aa"))
try:
    s.index("z")
except ValueError as e:
    print("ValueError:", e)
print("an" in s, "nab" in s, "" in s)
