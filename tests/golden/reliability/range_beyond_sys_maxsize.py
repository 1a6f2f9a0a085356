# A range longer than sys.maxsize works except for len(), which raises
# OverflowError as in CPython; slicing a range never lists its items.
r = range(-2**62, 2**62)
try:
    len(r)
except OverflowError as e:
    print("OverflowError:", e)
print(r[-1], r[2**62], r[2**63 - 1], r[-2**63], bool(r), 0 in r, 2**62 in r)
for i in [2**63, -2**63 - 1, 2**100]:
    try:
        r[i]
    except IndexError as e:
        print("IndexError:", e)
print(r.index(5), r.count(5), r[1:], r[::-1], r[:3], r == range(-2**62, 2**62))
print(list(r[::2**62]), next(iter(r)), next(reversed(r)))
print(len(range(0, 2**63 - 1, 2)), list(range(2**63 - 3, 2**63 - 1)))
full = range(-2**63, 2**63 - 1)
print(full[2**63], full[2**64 - 2], full[-2**64 + 1], 2**63 - 2 in full)
try:
    full[2**64 - 1]
except IndexError as e:
    print("IndexError:", e)
print(list(reversed(range(2**63 - 3, 2**63 - 1))), list(reversed(range(-2**63, -2**63 + 2))))
print(range(2**40)[1:], range(2**40)[::-7][5], len(range(10**15)[3:-3:2]))
print(range(10)[::3], range(10)[::-3], range(10)[2:100:4], range(10)[-100:100:-2])
print(list(range(10)[1:8:3]), range(-5, 5)[::-1], range(5)[::2**63 - 1])
print(list(range(0)[::-1]), list(reversed(range(0))), range(3)[5:1])
try:
    range(3)["a"]
except TypeError as e:
    print("TypeError:", e)
