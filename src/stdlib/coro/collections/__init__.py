"""collections: deque, defaultdict, Counter, OrderedDict and namedtuple,
written in Coro (a native deque would be faster still, see NOTES.md).
ChainMap and the User classes are built on collections.abc, whose source is
as long as this one: they live in `_collections_mapping` (mapping.py), and
this module's __getattr__ brings them, and `abc`, in on first use, so that
a program using Counter or deque never compiles them."""

import sys as _sys
from operator import itemgetter as _itemgetter

_LAZY = ("ChainMap", "UserDict", "UserList", "UserString")


def __getattr__(name):
    if name in _LAZY:
        import _collections_mapping
        module = _sys.modules["collections"]
        for lazy in _LAZY:
            setattr(module, lazy, getattr(_collections_mapping, lazy))
        return getattr(_collections_mapping, name)
    if name == "abc":
        import collections.abc
        return collections.abc
    raise AttributeError(f"module 'collections' has no attribute '{name}'")


def _is_mapping(obj):
    """isinstance(obj, collections.abc.Mapping), without importing it: a
    Mapping that is not a dict exists only once collections.abc is loaded."""
    if isinstance(obj, dict):
        return True
    abc = _sys.modules.get("collections.abc")
    return abc is not None and isinstance(obj, abc.Mapping)

__all__ = ["ChainMap", "Counter", "OrderedDict", "UserDict", "UserList", "UserString",
           "defaultdict", "deque", "namedtuple"]

_KEYWORDS = frozenset([
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
    "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
    "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
    "return", "try", "while", "with", "yield"])

_repr_running = set()


def _recursive_repr(method, fill="..."):
    def wrapper(self):
        key = id(self)
        if key in _repr_running:
            return fill
        _repr_running.add(key)
        try:
            return method(self)
        finally:
            _repr_running.discard(key)

    wrapper.__name__ = method.__name__
    wrapper.__qualname__ = method.__qualname__
    return wrapper


# ---- deque -----------------------------------------------------------------

class deque:
    """Items live in `_items[_head:]`: popleft moves `_head` on instead of
    shifting the list, and appendleft fills a gap kept before `_head`, so
    both ends are amortised O(1). `_compact` drops the gap before the
    operations that need the items as one list."""

    __slots__ = ("_items", "_head", "_maxlen")
    __abc_tpflags__ = 1 << 5  # a sequence to `match`, as CPython's deque is

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError("an integer is required")
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
        self._maxlen = maxlen
        self._items = []
        self._head = 0
        if iterable is not self:
            self.extend(iterable)

    def _compact(self):
        if self._head:
            del self._items[:self._head]
            self._head = 0
        return self._items

    @property
    def maxlen(self):
        return self._maxlen

    def append(self, x, /):
        items = self._items
        items.append(x)
        if self._maxlen is not None and len(items) - self._head > self._maxlen:
            self.popleft()

    def appendleft(self, x, /):
        items = self._items
        head = self._head
        if head == 0:
            head = max(len(items), 8)
            items[0:0] = [None] * head
        head -= 1
        items[head] = x
        self._head = head
        if self._maxlen is not None and len(items) - head > self._maxlen:
            items.pop()

    def pop(self):
        items = self._items
        if len(items) == self._head:
            raise IndexError("pop from an empty deque")
        x = items.pop()
        if len(items) == self._head:
            items.clear()
            self._head = 0
        return x

    def popleft(self):
        items = self._items
        head = self._head
        if len(items) == head:
            raise IndexError("pop from an empty deque")
        x = items[head]
        items[head] = None
        head += 1
        if head == len(items):
            items.clear()
            head = 0
        elif head >= 64 and head * 2 >= len(items):
            del items[:head]
            head = 0
        self._head = head
        return x

    def extend(self, iterable, /):
        if iterable is self:
            iterable = list(self._items[self._head:])
        items = self._items
        items.extend(iterable)
        if self._maxlen is not None:
            extra = len(items) - self._head - self._maxlen
            if extra > 0:
                del items[self._head:self._head + extra]

    def extendleft(self, iterable, /):
        if iterable is self:
            iterable = list(self._items[self._head:])
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        self._items.clear()
        self._head = 0

    def copy(self):
        return type(self)(self._items[self._head:], self._maxlen)

    __copy__ = copy

    def count(self, x, /):
        return self._compact().count(x)

    def index(self, x, start=0, stop=None, /):
        items = self._compact()
        if stop is None:
            stop = len(items)
        try:
            return items.index(x, start, stop)
        except ValueError:
            raise ValueError(f"{x!r} is not in deque") from None

    def insert(self, i, x, /):
        items = self._compact()
        if self._maxlen is not None and len(items) >= self._maxlen:
            raise IndexError("deque already at its maximum size")
        items.insert(i, x)

    def remove(self, value, /):
        try:
            self._compact().remove(value)
        except ValueError:
            raise ValueError(f"{value!r} is not in deque") from None

    def reverse(self):
        self._compact().reverse()

    def rotate(self, n=1, /):
        items = self._compact()
        size = len(items)
        if size <= 1:
            return
        n %= size
        if n:
            items[:] = items[-n:] + items[:-n]

    def __len__(self):
        return len(self._items) - self._head

    def __bool__(self):
        return len(self._items) > self._head

    def __iter__(self):
        return iter(self._compact())

    def __reversed__(self):
        return reversed(self._compact())

    def __contains__(self, x):
        return x in self._compact()

    def _index(self, i):
        if not isinstance(i, int):
            raise TypeError(f"sequence index must be integer, not '{type(i).__name__}'")
        n = len(self._items) - self._head
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError("deque index out of range")
        return i + self._head

    def __getitem__(self, i):
        return self._items[self._index(i)]

    def __setitem__(self, i, x):
        self._items[self._index(i)] = x

    def __delitem__(self, i):
        del self._items[self._index(i)]

    def __eq__(self, other):
        if isinstance(other, deque):
            return self._compact() == other._compact()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, deque):
            return self._compact() != other._compact()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, deque):
            return self._compact() < other._compact()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, deque):
            return self._compact() <= other._compact()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, deque):
            return self._compact() > other._compact()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, deque):
            return self._compact() >= other._compact()
        return NotImplemented

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError(
                f'can only concatenate deque (not "{type(other).__name__}") to deque')
        return type(self)(self._compact() + other._compact(), self._maxlen)

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        return type(self)(self._compact() * n, self._maxlen)

    __rmul__ = __mul__

    def __imul__(self, n):
        items = self._compact()
        if n <= 0:
            items.clear()
        else:
            self.extend(items * (n - 1))
        return self

    def __repr__(self):
        name = type(self).__name__
        items = self._items[self._head:]
        if self._maxlen is None:
            return f"{name}({items!r})"
        return f"{name}({items!r}, maxlen={self._maxlen})"

    __repr__ = _recursive_repr(__repr__, "[...]")

    def __class_getitem__(cls, item):
        return cls


# ---- defaultdict -----------------------------------------------------------

class defaultdict(dict):
    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        self.default_factory = default_factory
        super().__init__(*args, **kwargs)

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    @_recursive_repr
    def __repr__(self):
        return f"{type(self).__name__}({self.default_factory!r}, {dict.__repr__(self)})"

    def copy(self):
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


# ---- OrderedDict -----------------------------------------------------------

_MISSING = object()


class OrderedDict(dict):
    def __init__(self, other=(), /, **kwds):
        dict.__init__(self)
        self.update(other, **kwds)

    def update(self, other=(), /, **kwds):
        if isinstance(other, dict):
            for key in other:
                self[key] = other[key]
        elif hasattr(other, "keys"):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def move_to_end(self, key, last=True):
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
        else:
            rest = list(dict.items(self))
            dict.clear(self)
            dict.__setitem__(self, key, value)
            for k, v in rest:
                dict.__setitem__(self, k, v)

    def popitem(self, last=True):
        if not self:
            raise KeyError("dictionary is empty")
        key = next(reversed(self)) if last else next(iter(self))
        value = dict.pop(self, key)
        return key, value

    def pop(self, key, default=_MISSING):
        if key in self:
            return dict.pop(self, key)
        if default is _MISSING:
            raise KeyError(key)
        return default

    def setdefault(self, key, default=None):
        if key in self:
            return self[key]
        self[key] = default
        return default

    def copy(self):
        return type(self)(self)

    __copy__ = copy

    @classmethod
    def fromkeys(cls, iterable, value=None):
        self = cls()
        for key in iterable:
            self[key] = value
        return self

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and list(self) == list(other)
        return dict.__eq__(self, other)

    def __ne__(self, other):
        return not self == other

    __hash__ = None

    @_recursive_repr
    def __repr__(self):
        if not self:
            return f"{type(self).__name__}()"
        return f"{type(self).__name__}({list(self.items())!r})"

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


# ---- Counter ---------------------------------------------------------------

class Counter(dict):
    def __init__(self, iterable=None, /, **kwds):
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        return sum(self.values())

    def most_common(self, n=None):
        items = sorted(self.items(), key=_itemgetter(1), reverse=True)
        if n is None:
            return items
        return items[:max(n, 0)]

    def elements(self):
        for elem, count in self.items():
            for _ in range(count):
                yield elem

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.")

    def update(self, iterable=None, /, **kwds):
        if iterable is not None:
            if _is_mapping(iterable):
                if self:
                    for elem, count in iterable.items():
                        self[elem] = count + self.get(elem, 0)
                else:
                    dict.update(self, iterable)
            else:
                get = self.get
                for elem in iterable:
                    self[elem] = get(elem, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        if iterable is not None:
            if _is_mapping(iterable):
                for elem, count in iterable.items():
                    self[elem] = self.get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = self.get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return type(self)(self)

    __copy__ = copy

    def __delitem__(self, elem):
        if elem in self:
            dict.__delitem__(self, elem)

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] == other[e] for c in (self, other) for e in c)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] <= other[e] for c in (self, other) for e in c)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] >= other[e] for c in (self, other) for e in c)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    __hash__ = None

    def __repr__(self):
        if not self:
            return f"{type(self).__name__}()"
        try:
            d = ", ".join(f"{k!r}: {v!r}" for k, v in self.most_common())
            return f"{type(self).__name__}({{{d}}})"
        except TypeError:
            return f"{type(self).__name__}({dict.__repr__(self)})"

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result

    def __pos__(self):
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        nonpositive = [elem for elem, count in self.items() if not count > 0]
        for elem in nonpositive:
            del self[elem]
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, other_count in other.items():
            count = self[elem]
            if other_count > count:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in self.items():
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()


# ---- namedtuple ------------------------------------------------------------

def _plural(n, word):
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _names_list(names):
    quoted = [f"'{n}'" for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return f"{quoted[0]} and {quoted[1]}"
    return ", ".join(quoted[:-1]) + f", and {quoted[-1]}"


def _field_getter(index, name):
    def get(self):
        return self[index]

    get.__name__ = name
    return property(get, doc=f"Alias for field number {index}")


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    if isinstance(field_names, str):
        field_names = field_names.replace(",", " ").split()
    field_names = list(map(str, field_names))
    typename = str(typename)
    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or name in _KEYWORDS
                    or name.startswith("_") or name in seen):
                field_names[index] = f"_{index}"
            seen.add(name)
    for name in [typename] + field_names:
        if not name.isidentifier():
            raise ValueError(
                f"Type names and field names must be valid identifiers: {name!r}")
        if name in _KEYWORDS:
            raise ValueError(f"Type names and field names cannot be a keyword: {name!r}")
    seen = set()
    for name in field_names:
        if name.startswith("_") and not rename:
            raise ValueError(f"Field names cannot start with an underscore: {name!r}")
        if name in seen:
            raise ValueError(f"Encountered duplicate field name: {name!r}")
        seen.add(name)
    fields = tuple(field_names)
    nfields = len(fields)
    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > nfields:
            raise TypeError("Got more default values than field names")
        field_defaults = dict(reversed(list(zip(reversed(fields), reversed(defaults)))))
    qualname_new = f"{typename}.__new__"

    def __new__(_cls, *args, **kwargs):
        if len(args) > nfields:
            given = len(args) + 1
            raise TypeError(
                f"{qualname_new}() takes {nfields + 1} positional arguments "
                f"but {given} were given" if nfields else
                f"{qualname_new}() takes 1 positional argument but {given} were given")
        values = list(args)
        if kwargs or len(values) < nfields:
            for key in kwargs:
                if key not in fields:
                    raise TypeError(
                        f"{qualname_new}() got an unexpected keyword argument '{key}'")
                if fields.index(key) < len(args):
                    raise TypeError(
                        f"{qualname_new}() got multiple values for argument '{key}'")
            missing = []
            for name in fields[len(args):]:
                if name in kwargs:
                    values.append(kwargs[name])
                elif name in field_defaults:
                    values.append(field_defaults[name])
                else:
                    missing.append(name)
            if missing:
                raise TypeError(
                    f"{qualname_new}() missing {len(missing)} required positional "
                    f"{'argument' if len(missing) == 1 else 'arguments'}: "
                    f"{_names_list(missing)}")
        return tuple.__new__(_cls, values)

    __new__.__qualname__ = qualname_new
    __new__.__doc__ = f"Create new instance of {typename}({', '.join(fields)})"

    @classmethod
    def _make(cls, iterable):
        result = tuple.__new__(cls, iterable)
        if len(result) != nfields:
            raise TypeError(f"Expected {nfields} arguments, got {len(result)}")
        return result

    def _replace(self, /, **kwds):
        result = self._make([kwds.pop(name) if name in kwds else self[i]
                             for i, name in enumerate(fields)])
        if kwds:
            raise ValueError(f"Got unexpected field names: {list(kwds)!r}")
        return result

    def __repr__(self):
        body = ", ".join(f"{name}={value!r}" for name, value in zip(fields, self))
        return f"{type(self).__name__}({body})"

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        return tuple(self)

    namespace = {
        "__doc__": f"{typename}({', '.join(fields)})",
        "__slots__": (),
        "_fields": fields,
        "_field_defaults": field_defaults,
        "__new__": __new__,
        "_make": _make,
        "_replace": _replace,
        "__repr__": __repr__,
        "_asdict": _asdict,
        "__getnewargs__": __getnewargs__,
        "__match_args__": fields,
        "__module__": "__main__" if module is None else module,
    }
    for index, name in enumerate(fields):
        namespace[name] = _field_getter(index, name)
    return type(typename, (tuple,), namespace)
