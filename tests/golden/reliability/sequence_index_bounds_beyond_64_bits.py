# list.index and tuple.index clamp start and stop beyond 64 bits, as slices do.
items = [1, 2, 3, 1]
print(items.index(1, -2**63, 2**63), items.index(1, 1, 2**100), (1, 2, 3).index(3, -2**100))
for args in [(2, 2**64), (1, -2**64, -2**64), (3, 0, -2**70)]:
    try:
        print(items.index(*args))
    except ValueError as e:
        print("ValueError:", e)
