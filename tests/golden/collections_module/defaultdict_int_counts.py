from collections import defaultdict
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(counts)
print(counts.get("q"), "q" in counts)
