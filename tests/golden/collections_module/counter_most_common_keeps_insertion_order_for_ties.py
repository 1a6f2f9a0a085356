from collections import Counter
c = Counter("bbaacd")
print(c.most_common())
print(c.most_common(2))
print(c.most_common(0))
words = "the cat and the hat and the bat".split()
print(Counter(words).most_common(3))
