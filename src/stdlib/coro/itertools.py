"""itertools: iterator building blocks. Each function checks its arguments
at once, as CPython's do, then hands the work to a generator."""


def _check_r(r, what="r"):
    if not isinstance(r, int):
        raise TypeError(f"'{type(r).__name__}' object cannot be interpreted as an integer")
    if r < 0:
        raise ValueError(f"{what} must be non-negative")


def _is_number(v):
    if isinstance(v, (int, float)):
        return True
    t = type(v)
    return any(hasattr(t, name) for name in ("__index__", "__int__", "__float__", "__complex__"))


_NO_ARG = object()


def _missing(func, name, pos):
    raise TypeError(f"{func}() missing required argument '{name}' (pos {pos})")


class count:
    def __init__(self, start=0, step=1):
        for v in (start, step):
            if not _is_number(v):
                raise TypeError("a number is required")
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        if isinstance(self._step, int) and self._step == 1 and not isinstance(self._step, bool):
            return f"count({self._n!r})"
        return f"count({self._n!r}, {self._step!r})"


class repeat:
    def __init__(self, object=_NO_ARG, times=None):
        if object is _NO_ARG:
            _missing("repeat", "object", 1)
        self._object = object
        if times is not None:
            if not isinstance(times, int):
                raise TypeError(
                    f"'{type(times).__name__}' object cannot be interpreted as an integer")
            times = max(times, 0)
        self._times = times

    def __iter__(self):
        return self

    def __next__(self):
        if self._times is None:
            return self._object
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._object

    def __length_hint__(self):
        if self._times is None:
            raise TypeError("len() of unsized object")
        return self._times

    def __repr__(self):
        if self._times is None:
            return f"repeat({self._object!r})"
        return f"repeat({self._object!r}, {self._times})"


def cycle(iterable, /):
    return _cycle(iter(iterable))


def _cycle(it):
    saved = []
    for element in it:
        yield element
        saved.append(element)
    if not saved:
        return
    while True:
        yield from saved


def accumulate(iterable, func=None, *, initial=None):
    return _accumulate(iter(iterable), func, initial)


def _accumulate(it, func, initial):
    total = initial
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    if func is None:
        for element in it:
            total = total + element
            yield total
    else:
        for element in it:
            total = func(total, element)
            yield total


class chain:
    def __init__(self, *iterables):
        self._gen = _chain(iter(iterables))

    @classmethod
    def from_iterable(cls, iterable, /):
        self = cls.__new__(cls)
        self._gen = _chain(iter(iterable))
        return self

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)

    def __class_getitem__(cls, item):
        return cls


def _chain(iterables):
    for it in iterables:
        yield from it


def compress(data, selectors):
    return _compress(iter(data), iter(selectors))


def _compress(data, selectors):
    for d, s in zip(data, selectors):
        if s:
            yield d


def dropwhile(predicate, iterable, /):
    return _dropwhile(predicate, iter(iterable))


def _dropwhile(predicate, it):
    for x in it:
        if not predicate(x):
            yield x
            break
    yield from it


def takewhile(predicate, iterable, /):
    return _takewhile(predicate, iter(iterable))


def _takewhile(predicate, it):
    for x in it:
        if predicate(x):
            yield x
        else:
            break


def filterfalse(function, iterable, /):
    return _filterfalse(function, iter(iterable))


def _filterfalse(function, it):
    if function is None:
        function = bool
    for x in it:
        if not function(x):
            yield x


class groupby:
    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key if key is not None else (lambda x: x)
        self._tgtkey = self._currkey = self._currvalue = _EMPTY
        self._id = object()

    def __iter__(self):
        return self

    def __next__(self):
        self._id = object()
        while self._currkey is not _EMPTY and self._currkey == self._tgtkey:
            self._step()
        if self._currkey is _EMPTY:
            self._step()
        self._tgtkey = self._currkey
        return (self._currkey, _grouper(self, self._tgtkey, self._id))

    def _step(self):
        try:
            self._currvalue = next(self._it)
        except StopIteration:
            self._currkey = _EMPTY
            raise
        self._currkey = self._keyfunc(self._currvalue)


_EMPTY = object()


def _grouper(parent, tgtkey, ident):
    while parent._id is ident and parent._currkey == tgtkey:
        yield parent._currvalue
        try:
            parent._step()
        except StopIteration:
            return


def islice(iterable, *args):
    if not args:
        raise TypeError("islice expected at least 2 arguments, got 1")
    if len(args) > 3:
        raise TypeError(f"islice expected at most 4 arguments, got {len(args) + 1}")
    if len(args) == 1:
        start, stop, step = None, args[0], None
    else:
        start, stop, step = (args + (None,))[:3]
    if stop is not None and (not isinstance(stop, int) or stop < 0):
        raise ValueError(
            "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
    if start is None:
        start = 0
    if not isinstance(start, int) or start < 0:
        raise ValueError(
            "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
    if step is None:
        step = 1
    if not isinstance(step, int) or step <= 0:
        raise ValueError("Step for islice() must be a positive integer or None.")
    return _islice(iter(iterable), start, stop, step)


def _islice(it, start, stop, step):
    if stop is None:
        indices = count(start, step)
    else:
        indices = iter(range(start, stop, step))
    try:
        nexti = next(indices)
    except StopIteration:
        for _ in zip(range(start), it):
            pass
        return
    i = -1
    for i, element in enumerate(it):
        if i == nexti:
            yield element
            try:
                nexti = next(indices)
            except StopIteration:
                for _ in zip(range(i + 1, stop), it):
                    pass
                return


def pairwise(iterable, /):
    return _pairwise(iter(iterable))


def _pairwise(it):
    try:
        a = next(it)
    except StopIteration:
        return
    for b in it:
        yield a, b
        a = b


def starmap(function, iterable, /):
    return _starmap(function, iter(iterable))


def _starmap(function, it):
    for args in it:
        yield function(*args)


def tee(iterable, n=2, /):
    if not isinstance(n, int):
        raise TypeError(f"'{type(n).__name__}' object cannot be interpreted as an integer")
    if n < 0:
        raise ValueError("n must be >= 0")
    it = iter(iterable)
    if n == 0:
        return ()
    shared = _TeeData(it)
    return tuple(_tee(shared) for _ in range(n))


class _TeeData:
    def __init__(self, it):
        self.it = it
        self.buffer = []
        self.base = 0
        self.positions = []


class _tee:
    def __init__(self, data):
        self._data = data
        self._pos = data.base
        data.positions.append(self)

    def __iter__(self):
        return self

    def __next__(self):
        data = self._data
        i = self._pos - data.base
        if i < len(data.buffer):
            value = data.buffer[i]
        else:
            value = next(data.it)
            data.buffer.append(value)
        self._pos += 1
        low = min(t._pos for t in data.positions)
        if low > data.base:
            del data.buffer[:low - data.base]
            data.base = low
        return value

    def __copy__(self):
        return _tee(self._data)._at(self._pos)

    def _at(self, pos):
        self._pos = pos
        return self


def zip_longest(*iterables, fillvalue=None):
    its = [iter(x) for x in iterables]
    return _zip_longest(its, fillvalue)


def _zip_longest(its, fillvalue):
    active = len(its)
    if not active:
        return
    while True:
        values = []
        for i, it in enumerate(its):
            try:
                value = next(it)
            except StopIteration:
                active -= 1
                if not active:
                    return
                its[i] = repeat(fillvalue)
                value = fillvalue
            values.append(value)
        yield tuple(values)


def product(*iterables, repeat=1):
    if not isinstance(repeat, int):
        raise TypeError(
            f"'{type(repeat).__name__}' object cannot be interpreted as an integer")
    if repeat < 0:
        raise ValueError("repeat argument cannot be negative")
    pools = [tuple(pool) for pool in iterables] * repeat
    return _product(pools)


def _product(pools):
    result = [[]]
    for pool in pools:
        result = [x + [y] for x in result for y in pool]
    for prod in result:
        yield tuple(prod)


def permutations(iterable, r=None):
    pool = tuple(iterable)
    n = len(pool)
    if r is None:
        r = n
    else:
        _check_r(r)
    return _permutations(pool, n, r)


def _permutations(pool, n, r):
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return


def combinations(iterable, r=_NO_ARG):
    if r is _NO_ARG:
        _missing("combinations", "r", 2)
    pool = tuple(iterable)
    _check_r(r)
    return _combinations(pool, r)


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(pool[i] for i in indices)


def combinations_with_replacement(iterable, r=_NO_ARG):
    if r is _NO_ARG:
        _missing("combinations_with_replacement", "r", 2)
    pool = tuple(iterable)
    _check_r(r)
    return _combinations_with_replacement(pool, r)


def _combinations_with_replacement(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple(pool[i] for i in indices)


def batched(iterable, n):
    raise AttributeError("module 'itertools' has no attribute 'batched'")


del batched
