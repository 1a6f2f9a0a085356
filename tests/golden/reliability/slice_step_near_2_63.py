# Steps at the edge of 64 bits select one item, never wrap around.
l = list(range(10))
for step in [2**63 - 1, -2**63 + 1, -2**63, 2**63, 2**64, -2**64, 2**62]:
    print(l[::step], l[1:5:step], "abcdef"[::step], (1, 2, 3)[::step], b"abc"[::step])
    print(l[2**63:-2**63:step], l[-2**63:2**63:step], "été"[::step])
print(range(10)[::2**63 - 1], range(10)[::-2**63 + 1], range(5)[::-2**63])
m = list(range(5))
m[::2**63 - 1] = [9]
print(m)
del m[::-2**63 + 1]
print(m)
try:
    m[::2**63 - 1] = [1, 2]
except ValueError as e:
    print("ValueError", e)
