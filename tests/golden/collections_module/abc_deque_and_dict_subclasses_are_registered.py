from collections import deque, Counter, OrderedDict, defaultdict
from collections.abc import Sequence, MutableSequence, MutableMapping, Iterable, Hashable
print(issubclass(deque, Sequence), isinstance(deque(), MutableSequence), isinstance(deque(), Iterable))
print([isinstance(c(), MutableMapping) for c in (Counter, OrderedDict, defaultdict)])
print(isinstance(deque(), Hashable), isinstance(Counter(), Hashable), issubclass(tuple, MutableSequence))
