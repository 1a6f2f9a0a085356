def flatten(x, seen=None):
    if seen is None:
        seen = set()
    if isinstance(x, list):
        if id(x) in seen:
            return ["<cycle>"]
        seen.add(id(x))
        out = []
        for item in x:
            out.extend(flatten(item, seen))
        return out
    return [x]
a = [1, [2, [3, [4]]]]
print(flatten(a))
a[1][1].append(a)
print(flatten(a))
print(a)
def depth(x):
    if not isinstance(x, list) or not x:
        return 0
    return 1 + max(depth(i) for i in x)
print(depth([1, [2, [3]]]), depth([]), depth(5))
