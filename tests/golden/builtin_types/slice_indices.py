# slice.indices(length) adjusts start, stop and step as slicing does.
print(slice(None, None, -1).indices(4), slice(1, 10, 2).indices(5))
print(slice(-3, None).indices(2), slice(-100, 100).indices(7), slice(5, 1, -2).indices(3))
print(slice(None).indices(0))
for s, n in [(slice(None, None, 0), 3), (slice(1), -1), (slice("a"), 3)]:
    try:
        s.indices(n)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
