from itertools import chain, islice, zip_longest, groupby, accumulate
def grouper(iterable, n, fill=None):
    args = [iter(iterable)] * n
    return zip_longest(*args, fillvalue=fill)
def take(n, iterable):
    return list(islice(iterable, n))
def run_length(s):
    return [(k, len(list(g))) for k, g in groupby(s)]
print(list(grouper("ABCDEFG", 3, "x")))
print(take(3, chain.from_iterable([[1, 2], [3, 4]])))
print(run_length("aaabccdddd"))
print(list(accumulate(range(1, 6), lambda a, b: a * b)))
