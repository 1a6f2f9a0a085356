# len() of each container kind, and the TypeError for non-sized values.
print(len(""), len("abc"), len([1, 2]), len((1,)), len({"a": 1}), len({1, 2, 2}), len(range(0, 10, 3)))
for v in [5, None, 1.5]:
    try:
        len(v)
    except TypeError as e:
        print(e)
