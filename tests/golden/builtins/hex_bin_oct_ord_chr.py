# hex/bin/oct of positive, negative and big ints; ord/chr round trips and errors.
print(hex(255), hex(-255), hex(0), bin(10), bin(-10), bin(0), oct(8), oct(-8), oct(0))
print(hex(2**70), bin(2**10), int(hex(12345), 16))
print(ord("a"), ord("Z"), ord("\n"), ord("é"), ord("€"), chr(97), chr(8364), repr(chr(10)))
for f in [lambda: chr(-1), lambda: ord("ab"), lambda: hex(1.5)]:
    try:
        f()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
