# A missing key raises KeyError whose str is the repr of the key.
d = {"a": 1}
for key in ["missing", 42, (1, 2), "it's"]:
    try:
        d[key]
    except KeyError as e:
        print(e, repr(e), e.args)
try:
    d[[1]] = 2
except TypeError as e:
    print("TypeError:", e)
