# Identifiers that contain keywords, underscores, digits and non-ASCII letters.
iff = 1; format_ = 2; _x = 3; __y__ = 4; x2y3 = 5; True_ = 6; none = 7
print(iff, format_, _x, __y__, x2y3, True_, none)
café = "coffee"
π = 3.14
print(café, π)
ifelse = [x for x in range(3) if x]
print(ifelse)
print(True, False, None)
print(not True, True and False, None is None)
