from functools import cmp_to_key
def by_length_then_reverse(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a < b) - (a > b)
words = ["pear", "fig", "apple", "kiwi", "date"]
print(sorted(words, key=cmp_to_key(by_length_then_reverse)))
print(max([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
