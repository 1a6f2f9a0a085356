# append, extend, insert (incl. out-of-range and negative), pop, remove, clear.
a = [1, 2, 3]
a.append(4); a.extend([5, 6]); a.extend("ab"); print(a)
a.insert(0, "first"); a.insert(-1, "before-last"); a.insert(100, "end"); a.insert(-100, "start"); print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove("first"); a.remove(3); print(a)
b = a.copy(); a.clear(); print(a, b)
try:
    a.pop()
except IndexError as e:
    print("IndexError:", e)
try:
    b.remove(99)
except ValueError as e:
    print("ValueError:", e)
