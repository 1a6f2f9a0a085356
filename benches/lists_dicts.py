# List and dict operations: append, index, sort, comprehension, dict counting.
data = []
seed = 12345
for i in range(600000):
    seed = (seed * 1103515245 + 12345) % 2147483648
    data.append(seed % 10007)
counts = {}
for v in data:
    counts[v] = counts.get(v, 0) + 1
squares = [v * v for v in data if v % 3 == 0]
data.sort()
pairs = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
lookup = {k: str(k) for k in range(50000)}
hits = 0
for v in data:
    if v in lookup:
        hits += 1
print("lists_dicts", len(counts), pairs[0], sum(squares) % 1000007, data[1000], hits)
