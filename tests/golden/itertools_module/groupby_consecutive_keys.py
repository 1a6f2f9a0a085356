from itertools import groupby
print([k for k, g in groupby("AAAABBBCCDAABBB")])
print([list(g) for k, g in groupby("AAAABBBCCD")])
words = ["apple", "avocado", "banana", "cherry", "cranberry"]
for letter, group in groupby(words, key=lambda w: w[0]):
    print(letter, list(group))
