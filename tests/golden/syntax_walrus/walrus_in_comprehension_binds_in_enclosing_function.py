# PEP 572: a `:=` inside a comprehension binds in the function around it.
def running_totals(xs):
    total = 0
    sums = [total := total + x for x in xs]
    return sums, total

def last_match(words):
    found = [(last := w) for w in words if w.startswith("b")]
    return found, last

print(running_totals([1, 2, 3, 4]))
print(last_match(["apple", "banana", "blueberry", "cherry"]))
