# indexing gives ints, slicing gives bytes, iteration, len, in, comparison.
b = b"hello world"
print(b[0], b[-1], b[4], type(b[0]).__name__)
print(b[0:5], b[6:], b[::-1], b[::2], b[1:-1:3], b[100:], b[-100:3], b[5:1])
print(len(b), len(b""), [x for x in b"abc"])
for i, x in enumerate(b"hi!"):
    print(i, x, chr(x))
print(104 in b, 0 in b, b"wor" in b, b"" in b, b"xyz" in b, b"h" in b)
try:
    b[11]
except IndexError as e:
    print(type(e).__name__, e)
try:
    b[-12]
except IndexError as e:
    print(type(e).__name__, e)
try:
    b[2**100]
except IndexError as e:
    print(type(e).__name__, e)
print(b[-2**100:2**100], b[:2**100:2**100])
try:
    print(256 in b)
except ValueError as e:
    print(type(e).__name__, e)
try:
    print("h" in b)
except TypeError as e:
    print(type(e).__name__, e)
try:
    b["x"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    b[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
print(b"abc" == b"abc", b"abc" != b"abd", b"abc" < b"abd", b"ab" < b"abc", b"b" > b"abc")
print(b"" < b"\x00", b"\xff" > b"\x7f", b"abc" <= b"abc", b"abc" >= b"abd")
print(b"abc" == "abc", b"a" == 97, b"" == "", [b"a"] == [b"a"], (b"x", 1) < (b"y", 0))
try:
    b"a" < "b"
except TypeError as e:
    print(type(e).__name__, e)
try:
    b"a" < 1
except TypeError as e:
    print(type(e).__name__, e)
d = {b"k": 1, b"j": 2}
d[b"k"] += 10
d[b"" + b"j"] = 5
print(d, d[b"k"], b"j" in d, "k" in d, d.get(b"z"))
s = {b"a", b"b", b"a"}
print(len(s), b"a" in s, b"c" in s, sorted(s))
print(hash(b"abc") == hash(b"ab" + b"c"))
print(sorted([b"b", b"a", b"", b"ab", b"\xff"]))
print(bool(b""), bool(b"\x00"), not b"", b"" or b"default")
