# Calling list/dict/set/tuple methods with the wrong number of arguments: CPython's messages.
calls = [
    ('[].extend()', lambda: [].extend()),
    ('[].pop(1,2)', lambda: [].pop(1,2)),
    ('[].remove()', lambda: [].remove()),
    ('[].index()', lambda: [].index()),
    ('[].index(1,2,3,4)', lambda: [].index(1,2,3,4)),
    ('[].count()', lambda: [].count()),
    ('{}.get()', lambda: {}.get()),
    ('{}.get(1,2,3)', lambda: {}.get(1,2,3)),
    ('{}.setdefault()', lambda: {}.setdefault()),
    ('{}.pop()', lambda: {}.pop()),
    ('{}.update(1,2)', lambda: {}.update(1,2)),
    ('dict.fromkeys()', lambda: dict.fromkeys()),
    ('set().add()', lambda: set().add()),
    ('set().discard()', lambda: set().discard()),
    ('set().remove()', lambda: set().remove()),
    ('set().symmetric_difference()', lambda: set().symmetric_difference()),
    ('set().issubset()', lambda: set().issubset()),
    ('set().issuperset()', lambda: set().issuperset()),
    ('set().isdisjoint()', lambda: set().isdisjoint()),
    ('().index()', lambda: ().index()),
    ('().count()', lambda: ().count()),
    ('[].insert(1)', lambda: [].insert(1)),
    ('[].append(1,2)', lambda: [].append(1,2)),
    ('[].clear(1)', lambda: [].clear(1)),
    ('[].copy(1)', lambda: [].copy(1)),
    ('[].reverse(1)', lambda: [].reverse(1)),
    ('{}.keys(1)', lambda: {}.keys(1)),
    ('{}.clear(1)', lambda: {}.clear(1)),
    ('set().union()', lambda: set().union()),
    ("'a'.upper(1)", lambda: 'a'.upper(1)),
    ("'a'.split(1,2,3)", lambda: 'a'.split(1,2,3)),
    ("'a'.join()", lambda: 'a'.join()),
    ("'a'.startswith()", lambda: 'a'.startswith()),
    ("'a'.find()", lambda: 'a'.find()),
    ("'a'.count()", lambda: 'a'.count()),
    ("'a'.center()", lambda: 'a'.center()),
    ("'a'.zfill()", lambda: 'a'.zfill()),
    ("'a'.replace('a')", lambda: 'a'.replace('a')),
    ("'a'.strip(1,2)", lambda: 'a'.strip(1,2)),
    ("'a'.encode(1,2,3)", lambda: 'a'.encode(1,2,3)),
]
for c, f in calls:
    try:
        f()
        print(c, "ok")
    except Exception as e:
        print(c, type(e).__name__, e)
