"""A module docstring may come before the future imports."""
from __future__ import annotations
from __future__ import division, generators
def f(x: Later) -> None:
    pass
print(__doc__)
print(f.__annotations__)
