from collections import UserDict, UserList, UserString
class D(UserDict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)
d = D(a=1)
d["b"] = 5
print(d, d.data, len(d))
l = UserList([3, 1, 2])
l.sort()
l.append(4)
print(l, l[1:], len(l))
s = UserString("hi")
print(s, s.upper(), len(s))
