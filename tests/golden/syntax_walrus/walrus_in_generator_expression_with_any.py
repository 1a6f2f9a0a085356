# The witness idiom: `any` stops at the first hit, and `:=` keeps it.
lines = ["ok", "ok", "ERROR: disk", "ERROR: net"]
if any((bad := line).startswith("ERROR") for line in lines):
    print("first bad line:", bad)
if all((n := x) > 0 for x in [3, 2, -1, 5]):
    print("all positive")
else:
    print("counterexample:", n)
