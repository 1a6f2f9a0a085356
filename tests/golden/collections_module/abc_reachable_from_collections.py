import collections
import collections.abc
print(collections.abc.Iterable)
print(issubclass(list, collections.abc.Sequence))
from collections.abc import Mapping
print(Mapping is collections.abc.Mapping)
