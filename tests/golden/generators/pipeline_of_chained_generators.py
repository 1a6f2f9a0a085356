# Three chained generators pull one item at a time through every stage.
def numbers(limit):
    for n in range(limit):
        print(f"  numbers: {n}")
        yield n

def squares(source):
    for n in source:
        sq = n * n
        print(f"  squares: {sq}")
        yield sq

def only_odd(source):
    for n in source:
        if n % 2:
            print(f"  only_odd passes {n}")
            yield n

pipe = only_odd(squares(numbers(6)))
print("built")
print("first:", next(pipe))
print("rest:", list(pipe))

def take(n, it):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v

def naturals():
    n = 1
    while True:
        yield n
        n += 1

print(list(take(4, (x for x in squares(naturals()) if x % 3 == 1))))
words = "the quick brown fox jumps over the lazy dog".split()
lengths = (len(w) for w in words)
long_ones = (n for n in lengths if n > 3)
print(sum(long_ones), list(lengths))
