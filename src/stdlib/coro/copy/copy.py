# The copy module: shallow and deep copies. Instances of classes are copied
# as CPython's default reduction does: a new object made by the class's
# __new__ without calling __init__, given a copy of the original's __dict__
# (and __slots__ values), and, for subclasses of list and dict, its items.


class Error(Exception):
    pass


error = Error

_ATOMIC = (type(None), int, float, bool, str, bytes, type, range,
           type(Ellipsis), type(NotImplemented), frozenset)


def _is_atomic(x):
    if isinstance(x, type):
        return True
    cls = type(x)
    if cls in _ATOMIC:
        return True
    # Functions, methods and built-in functions are shared, as in CPython.
    name = cls.__name__
    return name in ("function", "builtin_function_or_method", "method", "property", "code")


def _slot_names(cls):
    names = []
    for klass in cls.__mro__:
        slots = klass.__dict__.get("__slots__", ())
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name not in ("__dict__", "__weakref__") and name not in names:
                names.append(name)
    return names


def _state(x):
    # What CPython's object.__getstate__ returns: the instance dict, or a
    # pair (dict or None, slot values) when the class has __slots__.
    getstate = getattr(x, "__getstate__", None)
    if getstate is not None and type(x).__dict__.get("__getstate__") is not None:
        return getstate()
    state = getattr(x, "__dict__", None)
    if state is not None:
        state = dict(state) if state else None
    slots = {}
    for name in _slot_names(type(x)):
        if hasattr(x, name):
            slots[name] = getattr(x, name)
    if slots:
        return (state, slots)
    return state


def _set_state(y, state):
    if state is None:
        return
    setstate = getattr(y, "__setstate__", None)
    if setstate is not None:
        setstate(state)
        return
    slots = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slots = state
    if state:
        y.__dict__.update(state)
    if slots:
        for name, value in slots.items():
            setattr(y, name, value)


def _new_like(x, memo=None):
    # A tuple subclass (a namedtuple) is rebuilt from __getnewargs__, as
    # CPython's reduction does; deep copies copy those arguments too.
    cls = type(x)
    if isinstance(x, BaseException):
        y = cls.__new__(cls, *x.args)
        return y
    if isinstance(x, tuple):
        getnewargs = getattr(x, "__getnewargs__", None)
        args = getnewargs() if getnewargs is not None else (tuple(x),)
        if memo is not None:
            args = deepcopy(args, memo)
        return cls.__new__(cls, *args)
    return cls.__new__(cls)


def copy(x):
    cls = type(x)
    if _is_atomic(x):
        return x
    if cls in (list, dict, set):
        return x.copy()
    if cls is tuple:
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    y = _new_like(x)
    if isinstance(x, list):
        y.extend(x)
    elif isinstance(x, dict):
        for k in x:
            y[k] = dict.__getitem__(x, k)
    elif isinstance(x, set):
        y.update(x)
    _set_state(y, _state(x))
    return y


def deepcopy(x, memo=None, _nil=[]):
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if _is_atomic(x):
        return x
    if cls is list:
        y = []
        memo[d] = y
        for item in x:
            y.append(deepcopy(item, memo))
    elif cls is tuple:
        items = [deepcopy(item, memo) for item in x]
        # A tuple that contains itself through a list is in the memo by now.
        if d in memo:
            return memo[d]
        if all(a is b for a, b in zip(items, x)):
            y = x
        else:
            y = tuple(items)
    elif cls is dict:
        y = {}
        memo[d] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls is set:
        y = set(deepcopy(item, memo) for item in x)
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None and not isinstance(x, type):
            y = copier(memo)
        else:
            y = _new_like(x, memo)
            memo[d] = y
            state = _state(x)
            if isinstance(x, list):
                for item in x:
                    y.append(deepcopy(item, memo))
            elif isinstance(x, dict):
                for k in x:
                    y[deepcopy(k, memo)] = deepcopy(dict.__getitem__(x, k), memo)
            elif isinstance(x, set):
                for item in x:
                    y.add(deepcopy(item, memo))
            if state is not None:
                state = deepcopy(state, memo)
            _set_state(y, state)
    # Keep x alive while the memo refers to its id, as CPython does.
    if y is not x:
        memo[d] = y
        memo.setdefault(id(memo), []).append(x)
    return y
