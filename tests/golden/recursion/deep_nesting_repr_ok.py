x = []
cur = x
for i in range(50):
    nxt = []
    cur.append(nxt)
    cur = nxt
r = repr(x)
print(len(r), r[:10], r[-10:])
d = {}
cur = d
for i in range(30):
    cur["k"] = {}
    cur = cur["k"]
print(repr(d).count("{"), repr(d)[:20])
