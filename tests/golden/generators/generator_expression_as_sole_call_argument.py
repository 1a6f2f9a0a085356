# A generator expression can be the sole argument of a call without extra parentheses.
words = ["pear", "fig", "banana", "kiwi"]
print(sum(len(w) for w in words))
print(sum((x for x in range(5)), 100))
print(any(w.startswith("b") for w in words), any(w == "x" for w in words))
print(all(len(w) > 2 for w in words), all(len(w) > 3 for w in words))
print(max(len(w) for w in words), min(w[::-1] for w in words))
print(max((len(w), w) for w in words))
print(sorted(w.upper() for w in words))
print(sorted((len(w) for w in words), reverse=True))
print(list(c for c in "hey"), tuple(n * n for n in range(4)))
print(sorted(set(n % 3 for n in range(10))))
print(dict((w, len(w)) for w in words))
print("-".join(w[0] for w in words))
print(list(enumerate(w for w in words if "i" in w)))
print(list(zip((n for n in range(10)), (w for w in words))))
print(len(list(x for x in range(7))))
print(max((x for x in []), default="empty"))
print(min((x for x in [3, 1, 2]), key=lambda v: -v))

def noisy():
    for i in range(10):
        print("  produced", i)
        yield i
print("any short-circuits:", any(x > 1 for x in noisy()))
print("all short-circuits:", all(x < 1 for x in noisy()))
try:
    print(max(x for x in []))
except ValueError as e:
    print("ValueError:", e)
