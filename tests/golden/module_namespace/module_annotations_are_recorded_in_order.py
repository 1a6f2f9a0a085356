# Module-level annotations are evaluated and kept in `__annotations__`.
print(__annotations__)
count: int = 3
name: str
ratio: float = count / 2
items: "list[int]" = [1, 2]
if count:
    nested: "in an if" = 1
print(__annotations__)
print(count, ratio, items, nested)
