from collections.abc import (Iterable, Iterator, Sequence, MutableSequence, Mapping,
                             MutableMapping, Set, Sized, Container, Hashable, Callable)
for v in ([1], (1,), "s", {1: 2}, {1}, frozenset(), range(2), 3, len):
    print(type(v).__name__, [isinstance(v, c).__int__() for c in
          (Iterable, Sequence, MutableSequence, Mapping, MutableMapping, Set, Sized, Container, Hashable, Callable)])
print(isinstance(iter([]), Iterator), isinstance([], Iterator))
