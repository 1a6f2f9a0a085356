# bool() of each kind of value, as used by if and while.
values = [0, 1, -1, 0.0, 0.5, "", " ", "0", [], [0], (), (0,), {}, {0: 0}, set(), {0}, None, True, False, range(0), range(1)]
print([bool(v) for v in values])
n = 0
if not []:
    n += 1
if "False":
    n += 1
while [0] and n < 5:
    n += 1
print(n)
