# The heapq module's merge, nsmallest and nlargest, over the native heap
# routines (`src/stdlib/heapq.rs`).


def merge(*iterables, key=None, reverse=False):
    # Entries are [sort key, input index, value, iterator]: the index keeps
    # equal keys in input order and stops comparisons from reaching values.
    sign = -1 if reverse else 1
    entries = []
    for order, source in enumerate(iterables):
        it = iter(source)
        for value in it:
            k = value if key is None else key(value)
            entries.append([k, order * sign, value, it])
            break
    if reverse:
        _heapify_max(entries)
        pop, replace = _heappop_max, _heapreplace_max
    else:
        heapify(entries)
        pop, replace = heappop, heapreplace
    while len(entries) > 1:
        entry = entries[0]
        yield entry[2]
        for value in entry[3]:
            entry[0] = value if key is None else key(value)
            entry[2] = value
            replace(entries, entry)
            break
        else:
            pop(entries)
    if entries:
        entry = entries[0]
        yield entry[2]
        yield from entry[3]


def nsmallest(n, iterable, key=None):
    # The same as sorted(iterable, key=key)[:n], as documented.
    if n <= 0:
        return []
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    if n <= 0:
        return []
    return sorted(iterable, key=key, reverse=True)[:n]
