# Index errors of lists and tuples, and slices that never raise.
a = [10, 20, 30]
for i in [3, -4, 100]:
    try:
        a[i]
    except IndexError as e:
        print(i, e)
try:
    a[5] = 1
except IndexError as e:
    print("assign:", e)
try:
    (1, 2)[2]
except IndexError as e:
    print("tuple:", e)
try:
    a["1"]
except TypeError as e:
    print("TypeError:", e)
print(a[3:], a[-100:1], a[5:10])
