# The dataclasses module. CPython writes each generated method as source
# text and exec()s it; Coro builds them as closures over the list of fields
# instead, binding __init__'s arguments itself with CPython's messages.

import copy as _copy


class FrozenInstanceError(AttributeError):
    pass


class _MissingType:
    def __repr__(self):
        return "<dataclasses._MISSING_TYPE object>"


MISSING = _MissingType()


class _KwOnlyType:
    pass


KW_ONLY = _KwOnlyType


class InitVar:
    __slots__ = ("type",)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        name = self.type.__name__ if isinstance(self.type, type) else repr(self.type)
        return "dataclasses.InitVar[%s]" % name

    def __class_getitem__(cls, type):
        return InitVar(type)


_FIELD = "_FIELD"
_FIELD_CLASSVAR = "_FIELD_CLASSVAR"
_FIELD_INITVAR = "_FIELD_INITVAR"


class Field:
    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else dict(metadata)
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ("Field(name=%r,type=%r,default=%r,default_factory=%r,init=%r,repr=%r,"
                "hash=%r,compare=%r,metadata=%r,kw_only=%r,_field_type=%s)"
                % (self.name, self.type, self.default, self.default_factory, self.init,
                   self.repr, self.hash, self.compare, self.metadata, self.kw_only,
                   self._field_type))


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


class _DataclassParams:
    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ("_DataclassParams(init=%r,repr=%r,eq=%r,order=%r,unsafe_hash=%r,frozen=%r)"
                % (self.init, self.repr, self.eq, self.order, self.unsafe_hash, self.frozen))


def _kind_of(annotation):
    # ClassVar and InitVar annotations, given as objects or as strings.
    if isinstance(annotation, InitVar) or annotation is InitVar:
        return _FIELD_INITVAR
    if isinstance(annotation, str):
        head = annotation.split("[")[0].strip()
        if head in ("ClassVar", "typing.ClassVar"):
            return _FIELD_CLASSVAR
        if head in ("InitVar", "dataclasses.InitVar"):
            return _FIELD_INITVAR
        return _FIELD
    origin = getattr(annotation, "__origin__", None)
    name = getattr(annotation, "_name", None)
    if name == "ClassVar" or getattr(origin, "_name", None) == "ClassVar":
        return _FIELD_CLASSVAR
    return _FIELD


def _get_field(cls, name, annotation, default_kw_only):
    default = cls.__dict__.get(name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = name
    f.type = annotation
    f._field_type = _kind_of(annotation)
    if f._field_type is _FIELD_CLASSVAR or f._field_type is _FIELD_INITVAR:
        if f.default_factory is not MISSING:
            raise TypeError("field %s cannot have a default factory" % name)
    if f._field_type is _FIELD or f._field_type is _FIELD_INITVAR:
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    else:
        f.kw_only = False
    if f._field_type is _FIELD and f.default is not MISSING and _unhashable(f.default):
        raise ValueError("mutable default %r for field %s is not allowed: use default_factory"
                         % (type(f.default), name))
    return f


def _unhashable(value):
    # CPython's test is `type(value).__hash__ is None`.
    if type(value).__hash__ is None:
        return True
    if isinstance(value, (list, dict, set)):
        return True
    return False


def _names_list(names):
    quoted = ["'%s'" % n for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return "%s and %s" % tuple(quoted)
    return ", ".join(quoted[:-1]) + ", and " + quoted[-1]


def _make_init(cls, fields, frozen, has_post_init):
    init_fields = [f for f in fields if f._field_type is not _FIELD_CLASSVAR]
    positional = [f for f in init_fields if f.init and not f.kw_only]
    keyword = [f for f in init_fields if f.init and f.kw_only]
    by_name = {f.name: f for f in positional + keyword}
    seen_default = False
    for f in positional:
        has_default = f.default is not MISSING or f.default_factory is not MISSING
        if has_default:
            seen_default = True
        elif seen_default:
            raise TypeError("non-default argument %r follows default argument" % f.name)
    qualname = cls.__qualname__ + ".__init__"
    setter = object.__setattr__
    # The common case, positional arguments for plain fields only, binds
    # without building a dict of values.
    fast = (not frozen and not keyword and len(positional) == len(init_fields)
            and all(f._field_type is _FIELD for f in init_fields))
    names = [f.name for f in positional]
    n_required = 0
    for f in positional:
        if f.default is MISSING and f.default_factory is MISSING:
            n_required += 1
    defaults = []
    for f in positional[n_required:]:
        defaults.append((f.name, f.default, f.default_factory))
    n = len(names)

    def __init__(self, *args, **kwargs):
        if fast and not kwargs and n_required <= len(args) <= n:
            i = 0
            for value in args:
                setattr(self, names[i], value)
                i += 1
            for name, default, factory in defaults[i - n_required:]:
                if factory is not MISSING:
                    setattr(self, name, factory())
                else:
                    setattr(self, name, default)
            if has_post_init:
                self.__post_init__()
            return
        values = {}
        for f, value in zip(positional, args):
            values[f.name] = value
        for name, value in kwargs.items():
            if name not in by_name:
                raise TypeError("%s() got an unexpected keyword argument '%s'" % (qualname, name))
            if name in values:
                raise TypeError("%s() got multiple values for argument '%s'" % (qualname, name))
            values[name] = value
        if len(args) > len(positional):
            required = sum(1 for f in positional
                           if f.default is MISSING and f.default_factory is MISSING)
            if required == len(positional):
                count = "%d positional argument%s" % (required + 1, "" if required == 0 else "s")
            else:
                count = "from %d to %d positional arguments" % (required + 1, len(positional) + 1)
            given = len(args) + 1
            raise TypeError("%s() takes %s but %d %s given"
                            % (qualname, count, given, "was" if given == 1 else "were"))
        missing = [f.name for f in positional if f.name not in values
                   and f.default is MISSING and f.default_factory is MISSING]
        if missing:
            raise TypeError("%s() missing %d required positional argument%s: %s"
                            % (qualname, len(missing), "" if len(missing) == 1 else "s",
                               _names_list(missing)))
        missing = [f.name for f in keyword if f.name not in values
                   and f.default is MISSING and f.default_factory is MISSING]
        if missing:
            raise TypeError("%s() missing %d required keyword-only argument%s: %s"
                            % (qualname, len(missing), "" if len(missing) == 1 else "s",
                               _names_list(missing)))
        initvars = []
        for f in init_fields:
            if f.init and f.name in values:
                value = values[f.name]
            elif f.default_factory is not MISSING:
                value = f.default_factory()
            elif f.default is not MISSING:
                value = f.default
            else:
                continue
            if f._field_type is _FIELD_INITVAR:
                initvars.append(value)
            elif frozen:
                setter(self, f.name, value)
            else:
                setattr(self, f.name, value)
        if has_post_init:
            self.__post_init__(*initvars)

    __init__.__qualname__ = qualname
    return __init__


def _recursive_guard():
    running = set()

    def enter(obj):
        key = id(obj)
        if key in running:
            return False
        running.add(key)
        return True

    def leave(obj):
        running.discard(id(obj))

    return enter, leave


def _make_repr(fields):
    shown = [f.name for f in fields if f.repr]
    enter, leave = _recursive_guard()

    def __repr__(self):
        if not enter(self):
            return "..."
        try:
            parts = ["%s=%r" % (name, getattr(self, name)) for name in shown]
            return "%s(%s)" % (self.__class__.__qualname__, ", ".join(parts))
        finally:
            leave(self)

    return __repr__


def _tuple_of(names):
    def values(obj):
        return tuple(getattr(obj, name) for name in names)

    return values


def _make_compare(op, values):
    def method(self, other):
        if other.__class__ is self.__class__:
            return op(values(self), values(other))
        return NotImplemented

    return method


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots):
    fields = {}
    has_dataclass_bases = False
    any_frozen_base = False
    all_frozen_bases = None
    for base in cls.__mro__[-1:0:-1]:
        base_fields = base.__dict__.get("__dataclass_fields__")
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            base_frozen = base.__dict__["__dataclass_params__"].frozen
            if all_frozen_bases is None:
                all_frozen_bases = True
            if base_frozen:
                any_frozen_base = True
            else:
                all_frozen_bases = False
    annotations = cls.__dict__.get("__annotations__", {})
    own = []
    kw_only_now = kw_only
    seen_kw_only_marker = False
    for name, annotation in annotations.items():
        if annotation is KW_ONLY or (isinstance(annotation, str) and annotation in ("KW_ONLY", "dataclasses.KW_ONLY")):
            if seen_kw_only_marker:
                raise TypeError("'KW_ONLY' can only be used once per class")
            seen_kw_only_marker = True
            kw_only_now = True
            continue
        own.append(_get_field(cls, name, annotation, kw_only_now))
    for f in own:
        fields[f.name] = f
        if isinstance(cls.__dict__.get(f.name), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError("%r is a field but has no type annotation" % name)
    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError("cannot inherit non-frozen dataclass from a frozen one")
        if all_frozen_bases is False and frozen:
            raise TypeError("cannot inherit frozen dataclass from a non-frozen one")
    cls.__dataclass_fields__ = fields
    cls.__dataclass_params__ = _DataclassParams(init, repr, eq, order, unsafe_hash, frozen)
    all_fields = list(fields.values())
    real = [f for f in all_fields if f._field_type is _FIELD]
    if init:
        has_post_init = hasattr(cls, "__post_init__")
        _set_new(cls, "__init__", _make_init(cls, all_fields, frozen, has_post_init))
    if repr:
        _set_new(cls, "__repr__", _make_repr(real))
    compared = [f.name for f in real if f.compare]
    values = _tuple_of(compared)
    if eq:
        _set_new(cls, "__eq__", _make_compare(lambda a, b: a == b, values))
    if order:
        if not eq:
            raise ValueError("eq must be true if order is true")
        for name, op in (("__lt__", lambda a, b: a < b), ("__le__", lambda a, b: a <= b),
                         ("__gt__", lambda a, b: a > b), ("__ge__", lambda a, b: a >= b)):
            if name in cls.__dict__:
                raise TypeError("Cannot overwrite attribute %s in class %s. Consider using "
                                "functools.total_ordering" % (name, cls.__name__))
            setattr(cls, name, _make_compare(op, values))
    if frozen:
        for name in ("__setattr__", "__delattr__"):
            if name in cls.__dict__:
                raise TypeError("Cannot overwrite attribute %s in class %s" % (name, cls.__name__))
        field_names = set(fields)

        def __setattr__(self, name, value):
            if type(self) is cls or name in field_names:
                raise FrozenInstanceError("cannot assign to field %r" % name)
            super(cls, self).__setattr__(name, value)

        def __delattr__(self, name):
            if type(self) is cls or name in field_names:
                raise FrozenInstanceError("cannot delete field %r" % name)
            super(cls, self).__delattr__(name)

        cls.__setattr__ = __setattr__
        cls.__delattr__ = __delattr__
    hashed = [f.name for f in real if (f.compare if f.hash is None else f.hash)]
    has_explicit_hash = "__hash__" in cls.__dict__ and cls.__dict__["__hash__"] is not None
    hash_values = _tuple_of(hashed)

    def __hash__(self):
        return hash(hash_values(self))

    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError("Cannot overwrite attribute __hash__ in class %s" % cls.__name__)
        cls.__hash__ = __hash__
    elif eq and frozen:
        if not has_explicit_hash:
            cls.__hash__ = __hash__
    elif eq:
        if not has_explicit_hash:
            cls.__hash__ = None
    if match_args and "__match_args__" not in cls.__dict__:
        cls.__match_args__ = tuple(f.name for f in all_fields
                                   if f.init and not f.kw_only and f._field_type is _FIELD)
    return cls


def _set_new(cls, name, value):
    # A method the class body defines itself is kept.
    if name in cls.__dict__:
        return
    setattr(cls, name, value)


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True, kw_only=False,
              slots=False, weakref_slot=False):
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                              match_args, kw_only, slots)

    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    try:
        found = class_or_instance.__dataclass_fields__
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance") from None
    return tuple(f for f in found.values() if f._field_type is _FIELD)


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, "__dataclass_fields__")


def _is_dataclass_instance(obj):
    return hasattr(type(obj), "__dataclass_fields__")


def asdict(obj, *, dict_factory=dict):
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory))
                             for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    return _copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory)
                              for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    return _copy.deepcopy(obj)


def replace(obj, /, **changes):
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in obj.__dataclass_fields__.values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError("field %s is declared with init=False, it cannot be "
                                 "specified with replace()" % f.name)
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError("InitVar %r must be specified with replace()" % f.name)
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, **options):
    body = dict(namespace or {})
    annotations = {}
    for item in fields:
        if isinstance(item, str):
            name, tp = item, "typing.Any"
        elif len(item) == 2:
            name, tp = item
        else:
            name, tp, spec = item
            body[name] = spec
        annotations[name] = tp
    body["__annotations__"] = annotations
    cls = type(cls_name, bases, body)
    return dataclass(cls, **options)
