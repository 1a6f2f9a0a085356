# The typing module: every common name, for annotations and for the few
# run-time uses scripts make of them (subscripting, get_origin/get_args,
# cast, NamedTuple, TypedDict, runtime_checkable protocols). Coro has no
# __mro_entries__, so Generic[T] and Protocol[T] are Generic and Protocol
# themselves when used as bases.

TYPE_CHECKING = False


def _type_repr(obj):
    if isinstance(obj, type) and not isinstance(obj, _GenericAlias):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return "%s.%s" % (obj.__module__, obj.__qualname__)
    if obj is ...:
        return "..."
    if type(obj).__name__ == "function":
        return obj.__name__
    if isinstance(obj, list):
        return "[%s]" % ", ".join(_type_repr(a) for a in obj)
    return repr(obj)


class _Final:
    pass


class _SpecialForm(_Final):
    def __init__(self, name, getitem=None, doc=None):
        self._name = name
        self._getitem = getitem
        self.__doc__ = doc

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, parameters):
        if self._getitem is None:
            raise TypeError("%s is not subscriptable" % self)
        return self._getitem(self, parameters)

    def __call__(self, *args, **kwds):
        raise TypeError("Cannot instantiate %r" % self)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError("%s cannot be used with isinstance()" % self)

    def __hash__(self):
        return hash(self._name)


class _GenericAlias(_Final):
    def __init__(self, origin, args, name=None, inst=True):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args
        self.__parameters__ = tuple(a for a in args if isinstance(a, TypeVar))
        self._name = name
        self._inst = inst

    def __repr__(self):
        if self._name:
            head = "typing." + self._name
        else:
            head = _type_repr(self.__origin__)
        if self.__args__ == ():
            return head + "[()]"
        return "%s[%s]" % (head, ", ".join(_type_repr(a) for a in self.__args__))

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError("Type %s cannot be instantiated; use %s() instead"
                            % (self._name, self.__origin__.__name__))
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except (AttributeError, TypeError):
            pass
        return result

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        subst = dict(zip(self.__parameters__, params))
        args = tuple(subst.get(a, a) for a in self.__args__)
        return _GenericAlias(self.__origin__, args, self._name, self._inst)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __getattr__(self, attr):
        if attr.startswith("__") and attr.endswith("__"):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)


class _SpecialGenericAlias(_Final):
    # List, Dict, ...: the bare names, subscriptable into a _GenericAlias.
    def __init__(self, origin, nparams, name, inst=True):
        self.__origin__ = origin
        self._nparams = nparams
        self._name = name
        self._inst = inst

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if self._nparams >= 0 and len(params) != self._nparams:
            raise TypeError("Too %s arguments for %s; actual %d, expected %d"
                            % ("many" if len(params) > self._nparams else "few", self,
                               len(params), self._nparams))
        return _GenericAlias(self.__origin__, params, self._name, self._inst)

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError("Type %s cannot be instantiated; use %s() instead"
                            % (self._name, self.__origin__.__name__))
        return self.__origin__(*args, **kwargs)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__origin__)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __eq__(self, other):
        if not isinstance(other, _SpecialGenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self._name == other._name

    def __hash__(self):
        return hash((self.__origin__, self._name))

    def __getattr__(self, attr):
        if attr.startswith("__") and attr.endswith("__"):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)


class _UnionGenericAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and type(None) in args:
            other = args[0] if args[1] is type(None) else args[1]
            return "typing.Optional[%s]" % _type_repr(other)
        return "typing.Union[%s]" % ", ".join(_type_repr(a) for a in args)

    def __eq__(self, other):
        if not isinstance(other, _UnionGenericAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __instancecheck__(self, obj):
        return any(isinstance(obj, a) for a in self.__args__ if isinstance(a, type))


class _LiteralGenericAlias(_GenericAlias):
    def __repr__(self):
        return "typing.Literal[%s]" % ", ".join(repr(a) for a in self.__args__)


def _union_getitem(self, parameters):
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    flat = []
    for p in parameters:
        if p is None:
            p = type(None)
        if isinstance(p, _UnionGenericAlias):
            items = p.__args__
        elif type(p).__name__ == "UnionType":
            items = p.__args__
        else:
            items = (p,)
        for item in items:
            if item not in flat:
                flat.append(item)
    if len(flat) == 1:
        return flat[0]
    return _UnionGenericAlias(Union, tuple(flat), "Union")


def _optional_getitem(self, parameter):
    return Union[parameter, None]


def _literal_getitem(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    return _LiteralGenericAlias(Literal, parameters, "Literal")


def _one_getitem(self, parameter):
    return _GenericAlias(self, (parameter,), self._name)


def _annotated_getitem(self, params):
    if not isinstance(params, tuple) or len(params) < 2:
        raise TypeError("Annotated[...] should be used with at least two arguments "
                        "(a type and an annotation).")
    alias = _AnnotatedAlias(params[0], (params[0],), None)
    alias.__metadata__ = params[1:]
    return alias


class _AnnotatedAlias(_GenericAlias):
    def __repr__(self):
        return "typing.Annotated[%s, %s]" % (_type_repr(self.__origin__),
                                             ", ".join(repr(a) for a in self.__metadata__))


Any = _SpecialForm("Any")
NoReturn = _SpecialForm("NoReturn")
Never = _SpecialForm("Never")
Self = _SpecialForm("Self")
LiteralString = _SpecialForm("LiteralString")
TypeAlias = _SpecialForm("TypeAlias")
Union = _SpecialForm("Union", _union_getitem)
Optional = _SpecialForm("Optional", _optional_getitem)
Literal = _SpecialForm("Literal", _literal_getitem)
ClassVar = _SpecialForm("ClassVar", _one_getitem)
Final = _SpecialForm("Final", _one_getitem)
TypeGuard = _SpecialForm("TypeGuard", _one_getitem)
Required = _SpecialForm("Required", _one_getitem)
NotRequired = _SpecialForm("NotRequired", _one_getitem)
Unpack = _SpecialForm("Unpack", _one_getitem)
Concatenate = _SpecialForm("Concatenate", lambda self, p: _GenericAlias(self, p, "Concatenate"))
Annotated = _SpecialForm("Annotated", _annotated_getitem)


class _CallableAlias(_SpecialGenericAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = params
        if isinstance(args, list):
            return _CallableGeneric(self.__origin__, tuple(args) + (result,), "Callable")
        return _CallableGeneric(self.__origin__, (args, result), "Callable")


class _CallableGeneric(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and args[0] is ...:
            return "typing.Callable[..., %s]" % _type_repr(args[1])
        return "typing.Callable[[%s], %s]" % (", ".join(_type_repr(a) for a in args[:-1]),
                                             _type_repr(args[-1]))


class _AbstractOrigin:
    # The origin of the collections.abc aliases, which Coro lacks as classes.
    def __init__(self, name, methods):
        self.__name__ = name
        self.__qualname__ = name
        self.__module__ = "collections.abc"
        self._methods = methods

    def __repr__(self):
        return "<class 'collections.abc.%s'>" % self.__name__

    def __instancecheck__(self, obj):
        return all(hasattr(type(obj), m) for m in self._methods)


def _abc(name, methods, nparams=1):
    return _SpecialGenericAlias(_AbstractOrigin(name, methods), nparams, name)


def _deque_type():
    try:
        import collections
        return collections.deque
    except ImportError:
        return list


List = _SpecialGenericAlias(list, 1, "List", False)
Dict = _SpecialGenericAlias(dict, 2, "Dict", False)
Set = _SpecialGenericAlias(set, 1, "Set", False)
FrozenSet = _SpecialGenericAlias(frozenset, 1, "FrozenSet", False)
Tuple = _SpecialGenericAlias(tuple, -1, "Tuple", False)
Type = _SpecialGenericAlias(type, 1, "Type", False)
Text = str
Callable = _CallableAlias(_AbstractOrigin("Callable", ["__call__"]), 2, "Callable")
Iterable = _abc("Iterable", ["__iter__"])
Iterator = _abc("Iterator", ["__iter__", "__next__"])
Reversible = _abc("Reversible", ["__reversed__"])
Container = _abc("Container", ["__contains__"])
Collection = _abc("Collection", ["__len__", "__iter__", "__contains__"])
Sized = _abc("Sized", ["__len__"], 0)
Hashable = _abc("Hashable", ["__hash__"], 0)
Sequence = _abc("Sequence", ["__getitem__", "__len__"])
MutableSequence = _abc("MutableSequence", ["__getitem__", "__setitem__", "__len__", "insert"])
Mapping = _abc("Mapping", ["__getitem__", "__len__", "keys"], 2)
MutableMapping = _abc("MutableMapping", ["__getitem__", "__setitem__", "__len__", "keys"], 2)
AbstractSet = _abc("Set", ["__contains__", "__len__", "__iter__"])
MutableSet = _abc("MutableSet", ["__contains__", "__len__", "add", "discard"])
KeysView = _abc("KeysView", ["__len__", "__iter__"])
ValuesView = _abc("ValuesView", ["__len__", "__iter__"])
ItemsView = _abc("ItemsView", ["__len__", "__iter__"], 2)
Generator = _abc("Generator", ["__iter__", "__next__", "send", "throw"], 3)
Awaitable = _abc("Awaitable", ["__await__"])
Coroutine = _abc("Coroutine", ["send", "throw", "close"], 3)
AsyncIterable = _abc("AsyncIterable", ["__aiter__"])
AsyncIterator = _abc("AsyncIterator", ["__aiter__", "__anext__"])
AsyncGenerator = _abc("AsyncGenerator", ["__aiter__", "__anext__", "asend"], 2)
ContextManager = _abc("AbstractContextManager", ["__enter__", "__exit__"])
AsyncContextManager = _abc("AbstractAsyncContextManager", ["__aenter__", "__aexit__"])
Deque = _SpecialGenericAlias(_deque_type(), 1, "Deque", False)
DefaultDict = _abc("DefaultDict", ["__getitem__", "__missing__"], 2)
OrderedDict = _abc("OrderedDict", ["__getitem__", "move_to_end"], 2)
Counter = _abc("Counter", ["__getitem__", "most_common"])
ChainMap = _abc("ChainMap", ["__getitem__", "maps"], 2)
SupportsInt = _abc("SupportsInt", ["__int__"], 0)
SupportsFloat = _abc("SupportsFloat", ["__float__"], 0)
SupportsIndex = _abc("SupportsIndex", ["__index__"], 0)
SupportsAbs = _abc("SupportsAbs", ["__abs__"])
SupportsRound = _abc("SupportsRound", ["__round__"])
SupportsBytes = _abc("SupportsBytes", ["__bytes__"], 0)
SupportsComplex = _abc("SupportsComplex", ["__complex__"], 0)
IO = _abc("IO", ["read", "write"])
TextIO = _abc("TextIO", ["read", "write"], 0)
BinaryIO = _abc("BinaryIO", ["read", "write"], 0)
Pattern = _abc("Pattern", ["match", "search"])
Match = _abc("Match", ["group", "groups"])


class TypeVar(_Final):
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")

    def __repr__(self):
        prefix = "+" if self.__covariant__ else "-" if self.__contravariant__ else "~"
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class ParamSpec(_Final):
    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.args = _SpecialForm(name + ".args")
        self.kwargs = _SpecialForm(name + ".kwargs")

    def __repr__(self):
        return "~" + self.__name__


class TypeVarTuple(_Final):
    def __init__(self, name):
        self.__name__ = name

    def __repr__(self):
        return self.__name__

    def __iter__(self):
        yield Unpack[self]


AnyStr = TypeVar("AnyStr", bytes, str)


class Generic:
    __slots__ = ()

    def __class_getitem__(cls, params):
        if cls is Generic or cls is Protocol:
            return cls
        return _GenericAlias(cls, params)


class _ProtocolMeta(type):
    def __instancecheck__(cls, instance):
        if cls.__dict__.get("_is_protocol", False):
            if not cls.__dict__.get("_is_runtime_protocol", False):
                raise TypeError("Instance and class checks can only be used with "
                                "@runtime_checkable protocols")
            return all(hasattr(instance, name) for name in _protocol_members(cls))
        return cls in type(instance).__mro__


def _protocol_members(cls):
    names = []
    for klass in cls.__mro__[:-1]:
        if klass.__name__ in ("Protocol", "Generic"):
            continue
        annotations = klass.__dict__.get("__annotations__", {})
        for name in list(klass.__dict__) + list(annotations):
            if name.startswith("_abc_") or name in (
                    "__module__", "__qualname__", "__doc__", "__dict__", "__weakref__",
                    "__annotations__", "__slots__", "_is_protocol", "_is_runtime_protocol",
                    "__init__", "__orig_bases__", "__parameters__", "__class_getitem__"):
                continue
            if name not in names:
                names.append(name)
    return names


class Protocol(Generic, metaclass=_ProtocolMeta):
    __slots__ = ()
    _is_protocol = True

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if "_is_protocol" not in cls.__dict__:
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)


def runtime_checkable(cls):
    if not cls.__dict__.get("_is_protocol", False):
        raise TypeError("@runtime_checkable can be only applied to protocol classes, got %r" % cls)
    cls._is_runtime_protocol = True
    return cls


def cast(typ, val):
    return val


def assert_type(val, typ):
    return val


def reveal_type(obj):
    import sys
    print("Runtime type is %r" % type(obj).__name__, file=sys.stderr)
    return obj


def assert_never(arg):
    raise AssertionError("Expected code to be unreachable, but got: %r" % (arg,))


def overload(func):
    def _overload_dummy(*args, **kwds):
        raise NotImplementedError(
            "You should not call an overloaded function. A series of @overload-decorated "
            "functions outside a stub module should always be followed by an implementation "
            "that is not @overload-ed.")
    return _overload_dummy


def final(f):
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    return arg


def no_type_check_decorator(decorator):
    return decorator


def dataclass_transform(**kwargs):
    return lambda cls: cls


def get_origin(tp):
    if isinstance(tp, (_GenericAlias, _SpecialGenericAlias)):
        if hasattr(tp, "__metadata__"):
            return Annotated
        return tp.__origin__
    if tp is Generic:
        return Generic
    if type(tp).__name__ in ("GenericAlias", "UnionType"):
        return tp.__origin__ if type(tp).__name__ == "GenericAlias" else type(tp)
    return None


def get_args(tp):
    if isinstance(tp, _CallableGeneric):
        args = tp.__args__
        if args and args[0] is ...:
            return args
        return (list(args[:-1]), args[-1])
    if isinstance(tp, _GenericAlias):
        if hasattr(tp, "__metadata__"):
            return (tp.__origin__,) + tp.__metadata__
        return tp.__args__
    if type(tp).__name__ in ("GenericAlias", "UnionType"):
        return tp.__args__
    return ()


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    hints = {}
    if isinstance(obj, type):
        for klass in reversed(obj.__mro__):
            hints.update(klass.__dict__.get("__annotations__", {}))
    else:
        hints.update(getattr(obj, "__annotations__", {}))
    for name, value in hints.items():
        if value is None:
            hints[name] = type(None)
    return hints


def NewType(name, tp):
    def new_type(x):
        return x
    new_type.__name__ = name
    new_type.__qualname__ = name
    new_type.__supertype__ = tp
    return new_type


class _NamedTupleMeta(type):
    def __new__(mcls, typename, bases, ns):
        if ns.get("_root", False):
            return super().__new__(mcls, typename, bases, ns)
        annotations = ns.get("__annotations__", {})
        defaults = {n: ns[n] for n in annotations if n in ns}
        cls = _make_named_tuple(typename, list(annotations), defaults, ns.get("__module__", "__main__"))
        for key, value in ns.items():
            if key in annotations or key in ("__annotations__", "__module__", "__qualname__", "_root"):
                continue
            if key in ("_make", "_asdict", "_replace", "_fields", "__new__", "__getnewargs__"):
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            setattr(cls, key, value)
        cls.__annotations__ = dict(annotations)
        return cls


def _make_named_tuple(typename, field_names, defaults, module):
    fields = tuple(field_names)
    seen_default = False
    for name in fields:
        if name in defaults:
            seen_default = True
        elif seen_default:
            raise TypeError("Non-default namedtuple field %s cannot follow default field%s %s"
                            % (name, "s" if len(defaults) > 1 else "", ", ".join(defaults)))

    def __new__(cls, *args, **kwargs):
        if len(args) > len(fields):
            raise TypeError("%s.__new__() takes %d positional arguments but %d were given"
                            % (typename, len(fields) + 1, len(args) + 1))
        values = list(args)
        for name in fields[len(args):]:
            if name in kwargs:
                values.append(kwargs.pop(name))
            elif name in defaults:
                values.append(defaults[name])
            else:
                missing = [n for n in fields[len(values):] if n not in kwargs and n not in defaults]
                raise TypeError("%s.__new__() missing %d required positional argument%s: %s"
                                % (typename, len(missing), "" if len(missing) == 1 else "s",
                                   ", ".join("'%s'" % m for m in missing)))
        for name in kwargs:
            if name in fields:
                raise TypeError("%s.__new__() got multiple values for argument '%s'" % (typename, name))
            raise TypeError("%s.__new__() got an unexpected keyword argument '%s'" % (typename, name))
        return tuple.__new__(cls, values)

    def __repr__(self):
        return "%s(%s)" % (type(self).__name__, ", ".join(
            "%s=%r" % (name, value) for name, value in zip(fields, self)))

    def _asdict(self):
        return dict(zip(fields, self))

    def _replace(self, **changes):
        values = [changes.pop(name, value) for name, value in zip(fields, self)]
        if changes:
            raise ValueError("Got unexpected field names: %r" % list(changes))
        return type(self)(*values)

    def _make(cls, iterable):
        return cls(*iterable)

    def __getnewargs__(self):
        return tuple(self)

    body = {
        "__new__": __new__,
        "__repr__": __repr__,
        "_asdict": _asdict,
        "_replace": _replace,
        "_make": classmethod(_make),
        "__getnewargs__": __getnewargs__,
        "_fields": fields,
        "_field_defaults": dict(defaults),
        "__slots__": (),
        "__module__": module,
        "__match_args__": fields,
    }
    for index, name in enumerate(fields):
        body[name] = property(lambda self, i=index: self[i], doc="Alias for field number %d" % index)
    return type(typename, (tuple,), body)


class NamedTuple(metaclass=_NamedTupleMeta):
    _root = True

    def __new__(cls, typename, fields=None, /, **kwargs):
        if fields is None:
            fields = list(kwargs.items())
        return _make_named_tuple(typename, [n for n, t in fields], {}, "__main__")


class _TypedDictMeta(type):
    def __new__(mcls, name, bases, ns, total=True):
        cls = super().__new__(mcls, name, (dict,) if name != "TypedDict" else bases, ns)
        annotations = {}
        for base in bases:
            annotations.update(base.__dict__.get("__annotations__", {}))
        annotations.update(ns.get("__annotations__", {}))
        cls.__annotations__ = annotations
        cls.__total__ = total
        required = set()
        optional = set()
        for base in bases:
            required |= set(getattr(base, "__required_keys__", ()))
            optional |= set(getattr(base, "__optional_keys__", ()))
        for key, tp in ns.get("__annotations__", {}).items():
            origin = getattr(tp, "__origin__", None)
            if origin is NotRequired or (not total and origin is not Required):
                optional.add(key)
            else:
                required.add(key)
        cls.__required_keys__ = frozenset(required)
        cls.__optional_keys__ = frozenset(optional)
        return cls

    def __call__(cls, *args, **kwargs):
        if cls.__name__ == "TypedDict" and cls.__module__ == "typing":
            typename, fields = args[0], (args[1] if len(args) > 1 else kwargs)
            total = kwargs.pop("total", True) if len(args) > 1 else True
            return _TypedDictMeta(typename, (), {"__annotations__": dict(fields),
                                                 "__module__": "__main__"}, total=total)
        return dict(*args, **kwargs)

    def __instancecheck__(cls, obj):
        raise TypeError("TypedDict does not support instance and class checks")


class TypedDict(metaclass=_TypedDictMeta):
    pass
