import copy
class Tagged(list):
    pass
t = Tagged([1, [2]])
t.tag = "mine"
u = copy.deepcopy(t)
print(type(u).__name__, u, u.tag, u[1] is t[1])
class Registry(dict):
    pass
r = Registry(a=[1])
r.owner = "me"
s = copy.copy(r)
print(type(s).__name__, s, s.owner, s["a"] is r["a"])
print(copy.deepcopy(len) is len, copy.copy(Tagged) is Tagged, copy.deepcopy(3.5))
