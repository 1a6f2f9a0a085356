# int.to_bytes and int.from_bytes: byteorder, signed, defaults and errors.
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (0).to_bytes(0, "big"), (255).to_bytes(1, "big"))
print((1).to_bytes(), (65).to_bytes(3), (-1).to_bytes(2, "big", signed=True), (-128).to_bytes(1, "little", signed=True))
print((127).to_bytes(1, byteorder="big", signed=True), (2**64).to_bytes(9, "big"), (-2**63).to_bytes(8, "little", signed=True))
print((10**30).to_bytes(16, "little"), (True).to_bytes(1, "big"), (258).to_bytes(length=4, byteorder="little"))
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x04\x00", "little"), int.from_bytes(b"", "big"), int.from_bytes(b"\xff"))
print(int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"\x80", "little", signed=True), int.from_bytes(b"\x7f", "big", signed=True))
print(int.from_bytes([1, 0], "big"), int.from_bytes((0, 1), byteorder="little"), int.from_bytes(b"\x00" * 20 + b"\x01", "big"))
print(int.from_bytes(b"\xff" * 16, "big", signed=True), int.from_bytes(b"\xff" * 16, "little"), int.from_bytes(bytes=b"\x01\x02", byteorder="big"))
for n in [0, 1, -1, 255, -256, 2**40 + 7, -(2**70)]:
    k = (n.bit_length() + 8) // 8
    print(n, n.to_bytes(k, "big", signed=True), int.from_bytes(n.to_bytes(k, "little", signed=True), "little", signed=True) == n)
def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
attempt(lambda: (256).to_bytes(1, "big"))
attempt(lambda: (128).to_bytes(1, "big", signed=True))
attempt(lambda: (-1).to_bytes(1, "big"))
attempt(lambda: (-129).to_bytes(1, "big", signed=True))
attempt(lambda: (1).to_bytes(-1, "big"))
attempt(lambda: (1).to_bytes(1, "middle"))
attempt(lambda: (1).to_bytes(1, 5))
attempt(lambda: (1).to_bytes("1", "big"))
attempt(lambda: (1).to_bytes(1, "big", True))
attempt(lambda: (1).to_bytes(1, "big", sign=True))
attempt(lambda: (1.0).to_bytes(1, "big"))
attempt(lambda: int.from_bytes("ab", "big"))
attempt(lambda: int.from_bytes(b"a", "sideways"))
attempt(lambda: int.from_bytes([256], "big"))
attempt(lambda: int.from_bytes(5, "big"))
attempt(lambda: int.from_bytes())
attempt(lambda: (0).to_bytes(0, "big", signed=True))
