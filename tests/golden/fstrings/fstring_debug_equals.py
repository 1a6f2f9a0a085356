# The = specifier prints the expression text, keeps spaces, and uses repr by default.
x = 3
name = "Ann"
print(f"{x=}")
print(f"{x = }")
print(f"{x*2=}", f"{x + 1 = }")
print(f"{name=}", f"{name=!s}", f"{name=:>6}")
pi = 3.14159
print(f"{pi=:.2f}", f"{pi = :8.3f}|")
items = [1, 2]
print(f"{items=}", f"{len(items)=}", f"{items[0]=}")
