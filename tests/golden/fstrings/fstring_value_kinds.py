# Default formatting of each value kind inside an f-string equals str().
print(f"{1} {1.0} {True} {None} {[1, 2]} {(1,)} {{'a': 1}} {'s'}")
print(f"{ {'a': 1} } {set()} {{3}} {range(3)} {-0.0} {10**20} {1e-7}")
