# center/ljust/rjust/zfill on bytes, with byte fill characters.
b = b"abc"
for w in [-1, 0, 3, 4, 5, 8]:
    print(w, b.center(w), b.ljust(w), b.rjust(w), b.zfill(w), b.center(w, b"*"))
print(b"ab".center(5, b"-"), b"ab".center(6, b"-"), b"a".center(4, b"."), b"".center(3, b"\x00"))
print(b"-42".zfill(6), b"+7".zfill(4), b"".zfill(3), b"-".zfill(3), b"x-1".zfill(5), b"--1".zfill(5))
print(b"x".ljust(3, b"\xff"), b"x".rjust(3, b"0"))
def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
attempt(lambda: b.center(5, "*"))
attempt(lambda: b.center(5, b"**"))
attempt(lambda: b.ljust(5, b""))
attempt(lambda: b.rjust("5"))
attempt(lambda: b.zfill(2.0))
attempt(lambda: b.center())
attempt(lambda: b.ljust(5, 42))
