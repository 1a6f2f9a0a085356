"""Word frequencies of a text: the first script most people write with Counter."""
from collections import Counter

PUNCTUATION = ",.;:!?\"'"

TEXT = """
It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was
the epoch of incredulity, it was the season of Light, it was the season of
Darkness, it was the spring of hope, it was the winter of despair.
"""

STOP = {"it", "was", "the", "of"}


def words(text):
    for raw in text.split():
        word = raw.strip(PUNCTUATION).lower()
        if word:
            yield word


counts = Counter(words(TEXT))
print("distinct words:", len(counts))
print("total words:", counts.total())
print("top five:")
for word, n in counts.most_common(5):
    print(f"  {word:<10}{n:>3} {'#' * n}")

interesting = Counter({w: n for w, n in counts.items() if w not in STOP})
print("without stop words:", interesting.most_common(4))

letters = Counter(ch for ch in TEXT.lower() if ch.isalpha())
vowels = Counter({v: letters[v] for v in "aeiou"})
print("vowels:", vowels)
print("most common letters:", "".join(ch for ch, _ in letters.most_common(6)))

lines = TEXT.strip().splitlines()
first_half = Counter(words(" ".join(lines[:2])))
second_half = Counter(words(" ".join(lines[2:])))
print("only early:", sorted((first_half - second_half).keys()))
print("shared:", sorted((first_half & second_half).keys()))
