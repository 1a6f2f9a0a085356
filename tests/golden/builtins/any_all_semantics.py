# any/all on empty inputs and short-circuiting over lists.
print(any([]), all([]), any([0, "", None]), all([1, "a", [0]]), any([0, 2]), all([1, 0]))
print(all([x > 0 for x in [1, 2, 3]]), any([c.isdigit() for c in "ab1"]))
print(any(map(lambda x: x > 5, range(10))), all(""), any("0"))
