# Expressions inside f-strings: calls, indexing, other quotes, braces escapes.
d = {"k": 5}
names = ["a", "b"]
print(f"{d['k']} {names[-1]} {len(names)} {'-'.join(names)}")
print(f"{{}} {{x}} {{{d['k']}}}")
print(f"{1 + 2 * 3} {(lambda v: v * 2)(4)} {'yes' if d else 'no'}")
print(f"{f'{1 + 1}'} {f'{names!r}'}")
x = 10
print(f'''{x}
{x * 2}''')
print(F"upper prefix {x}", rf"raw \n {x}")
