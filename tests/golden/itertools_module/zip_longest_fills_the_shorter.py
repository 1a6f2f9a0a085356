from itertools import zip_longest
print(list(zip_longest("ABCD", "xy")))
print(list(zip_longest("AB", "xyz", [1], fillvalue="-")))
print(list(zip_longest()))
try:
    zip_longest("a", 5)
except TypeError as e:
    print("TypeError:", e)
