# The enum module: Enum, IntEnum, StrEnum, Flag, IntFlag, auto and unique.
# Members are made when their class is: EnumType.__new__ takes the member
# definitions out of the class body, makes each member an instance of the
# new class (an int or str too for the mixed-in kinds) and sets it on the
# class. Coro has no __prepare__, so auto() values are worked out there too,
# in definition order.


_builtin_type = type


class auto:
    _pending = object()

    def __init__(self, value=_pending):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % (self.value,)

    # Bitwise operators between auto() values in a class body (`ALL = R | W`)
    # are worked out once the operands have their values.
    def __or__(self, other):
        return _Deferred(lambda a, b: a | b, self, other)

    def __ror__(self, other):
        return _Deferred(lambda a, b: a | b, other, self)

    def __and__(self, other):
        return _Deferred(lambda a, b: a & b, self, other)

    def __rand__(self, other):
        return _Deferred(lambda a, b: a & b, other, self)

    def __xor__(self, other):
        return _Deferred(lambda a, b: a ^ b, self, other)

    def __rxor__(self, other):
        return _Deferred(lambda a, b: a ^ b, other, self)


class _Deferred(auto):
    def __init__(self, op, left, right):
        self.op = op
        self.left = left
        self.right = right
        self.value = auto._pending

    def resolve(self):
        def value_of(x):
            if isinstance(x, _Deferred):
                return x.resolve()
            if isinstance(x, auto):
                return x.value
            return x

        return self.op(value_of(self.left), value_of(self.right))


class _Boundary:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "<FlagBoundary.%s: %r>" % (self.name, self.name.lower())


STRICT = _Boundary("STRICT")
CONFORM = _Boundary("CONFORM")
EJECT = _Boundary("EJECT")
KEEP = _Boundary("KEEP")


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == "__" and name[2] != "_" and name[-3] != "_"


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == "_" and name[1] != "_" and name[-2] != "_"


def _is_private(cls_name, name):
    prefix = "_%s__" % cls_name.lstrip("_")
    return name.startswith(prefix) and not name.endswith("__")


def _is_descriptor(value):
    if isinstance(value, (staticmethod, classmethod, property)):
        return True
    t = type(value)
    return hasattr(t, "__get__") or hasattr(t, "__set__") or hasattr(t, "__delete__")


def _high_bit(value):
    return value.bit_length() - 1


def _bin(num, max_bits=None):
    ceiling = 2 ** num.bit_length()
    if num >= 0:
        s = bin(num + ceiling).replace("1", "0", 1)
    else:
        s = bin(~num ^ (ceiling - 1) + ceiling)
    sign = s[:3]
    digits = s[3:]
    if max_bits is not None and len(digits) < max_bits:
        digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return "%s %s" % (sign, digits)


def _iter_bits_lsb(num):
    while num:
        b = num & (~num + 1)
        yield b
        num ^= b


_enum_classes_ready = False


class EnumType(type):
    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        if not _enum_classes_ready:
            # Enum itself and the module's own bases: plain classes.
            enum_class = super().__new__(metacls, cls, bases, classdict, **kwds)
            enum_class._member_names_ = []
            enum_class._member_map_ = {}
            enum_class._value2member_map_ = {}
            enum_class._member_type_ = object
            enum_class._boundary_ = boundary
            return enum_class
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        ignore = classdict.get("_ignore_", [])
        if isinstance(ignore, str):
            ignore = ignore.replace(",", " ").split()
        definitions = []
        body = {}
        for key, value in classdict.items():
            if key in ignore or key == "_ignore_":
                continue
            if (_is_dunder(key) or _is_sunder(key) or _is_private(cls, key)
                    or _is_descriptor(value)):
                body[key] = value
            else:
                definitions.append((key, value))
        generate = classdict.get("_generate_next_value_")
        if generate is None:
            generate = first_enum._generate_next_value_
        elif isinstance(generate, staticmethod):
            generate = generate.__func__
        names = []
        values = []
        for key, value in definitions:
            if isinstance(value, _Deferred):
                value.value = value.resolve()
            if isinstance(value, auto):
                if value.value is auto._pending:
                    value.value = generate(key, 1, len(names), values[:])
                value = value.value
            names.append(key)
            values.append(value)
        body["_member_names_"] = []
        body["_member_map_"] = {}
        body["_value2member_map_"] = {}
        body["_member_type_"] = member_type
        if boundary is None:
            boundary = getattr(first_enum, "_boundary_", None)
        body["_boundary_"] = boundary
        if Flag is not None and issubclass(first_enum, Flag):
            body["_flag_mask_"] = 0
            body["_all_bits_"] = 0
            body["_inverted_"] = None
        enum_class = super().__new__(metacls, cls, bases, body, **kwds)
        # The mixed-in type's str() and format() for IntEnum and its kind;
        # Enum's repr, str and format otherwise.
        if ReprEnum is not None and ReprEnum in bases:
            if "__format__" not in classdict:
                type.__setattr__(enum_class, "__format__", member_type.__format__)
            if "__str__" not in classdict:
                method = member_type.__str__
                if method is object.__str__:
                    method = member_type.__repr__
                type.__setattr__(enum_class, "__str__", method)
        elif member_type is not object:
            # A mixed-in type's own repr, str and format give way to Enum's.
            for name in ("__repr__", "__str__", "__format__"):
                if name not in classdict:
                    owner = next(k for k in enum_class.__mro__ if name in k.__dict__)
                    if not isinstance(owner, EnumType):
                        type.__setattr__(enum_class, name, getattr(first_enum, name))
        custom_new = classdict.get("__new__")
        if isinstance(custom_new, staticmethod):
            custom_new = custom_new.__func__
        if custom_new is None:
            for base in bases:
                found = getattr(base, "_new_member_", None)
                if found is not None:
                    custom_new = found
                    break
        for name, value in zip(names, values):
            enum_class._add_member_(name, value, custom_new)
        if Flag is not None and issubclass(enum_class, Flag):
            mask = 0
            for m in enum_class._member_map_.values():
                mask |= m._value_
            type.__setattr__(enum_class, "_flag_mask_", mask)
            type.__setattr__(enum_class, "_all_bits_", 2 ** mask.bit_length() - 1)
        if custom_new is not None and "__new__" in classdict:
            type.__setattr__(enum_class, "_new_member_", custom_new)
        return enum_class

    def _add_member_(cls, name, value, custom_new):
        member_type = cls._member_type_
        args = value if isinstance(value, tuple) else (value,)
        if member_type is tuple:
            args = (args,)
        if custom_new is not None:
            member = custom_new(cls, *args)
        elif member_type is object:
            member = object.__new__(cls)
        else:
            member = member_type.__new__(cls, *args)
        if not hasattr(member, "_value_"):
            if member_type is object:
                member._value_ = value
            else:
                member._value_ = member_type(*args)
        value = member._value_
        member._name_ = name
        member.__objclass__ = cls
        init = getattr(cls, "__init__", None)
        if init is not None and init is not object.__init__ and "__init__" in _defined_init(cls):
            member.__init__(*args)
        for existing in cls._member_map_.values():
            if existing._value_ == value:
                # An alias: the name refers to the first member of that value.
                cls._member_map_[name] = existing
                type.__setattr__(cls, name, existing)
                return
        is_canonical = True
        if Flag is not None and issubclass(cls, Flag) and isinstance(value, int):
            is_canonical = value != 0 and (value & (value - 1)) == 0
        if is_canonical:
            cls._member_names_.append(name)
        cls._member_map_[name] = member
        try:
            cls._value2member_map_.setdefault(value, member)
        except TypeError:
            pass
        type.__setattr__(cls, name, member)

    @classmethod
    def _get_mixins_(metacls, class_name, bases):
        if not bases:
            return object, Enum
        for base in bases:
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError("<enum %r> cannot extend %r" % (class_name, base))
        first_enum = bases[-1]
        if not isinstance(first_enum, EnumType):
            raise TypeError("new enumerations should be created as "
                            "`EnumName([mixin_type, ...] [data_type,] enum_type)`")
        member_type = object
        for base in bases:
            for klass in base.__mro__:
                if klass is object:
                    continue
                if isinstance(klass, EnumType):
                    if klass._member_type_ is not object:
                        member_type = klass._member_type_
                        break
                    continue
                member_type = klass
                break
            if member_type is not object:
                break
        return member_type, first_enum

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1, boundary=None):
        if names is None:
            return cls._lookup_(value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type, start=start, boundary=boundary)

    def _lookup_(cls, value):
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            pass
        for member in cls._member_map_.values():
            if member._value_ == value:
                return member
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if Flag is not None and issubclass(cls, Flag) and result is not None:
            return result
        if result is None:
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        raise TypeError("error in %s._missing_: returned %r instead of None or a valid member"
                        % (cls.__name__, result))

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1, boundary=None):
        bases = (cls,) if type is None else (type, cls)
        if isinstance(names, str):
            names = names.replace(",", " ").split()
        items = []
        if isinstance(names, dict):
            items = list(names.items())
        else:
            names = list(names)
            if names and isinstance(names[0], str):
                last = []
                for count, name in enumerate(names):
                    value = cls._generate_next_value_(name, start, count, last[:])
                    last.append(value)
                    items.append((name, value))
            else:
                items = [tuple(item) for item in names]
        body = {"__module__": module if module is not None else "__main__"}
        for name, value in items:
            body[name] = value
        if qualname is not None:
            body["__qualname__"] = qualname
        metacls = _builtin_type(cls)
        return metacls(class_name, bases, body, boundary=boundary) if boundary is not None else metacls(class_name, bases, body)

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (type(member).__qualname__, type(cls).__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __getitem__(cls, name):
        return cls._member_map_[name]

    @property
    def __members__(cls):
        return dict(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__


EnumMeta = EnumType
Flag = None
ReprEnum = None


def _defined_init(cls):
    # The names defined by the classes of an enum below Enum itself.
    names = set()
    for klass in cls.__mro__:
        if klass in (Enum, ReprEnum, IntEnum, StrEnum, object) or klass is Flag:
            continue
        if isinstance(klass, EnumType):
            names.update(klass.__dict__.keys())
    return names


class Enum(metaclass=EnumType):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        for value in reversed(last_values):
            try:
                return value + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_

    def __repr__(self):
        v_repr = self.__class__._member_type_.__repr__
        if self.__class__._member_type_ is object:
            v_repr = repr
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self



class ReprEnum(Enum):
    pass


class IntEnum(int, ReprEnum):
    pass


class StrEnum(str, ReprEnum):
    def _new_member_(cls, *values):
        if len(values) > 3:
            raise TypeError("too many arguments for str(): %r" % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError("%r is not a string" % (values[0],))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class Flag(Enum, boundary=STRICT):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = _high_bit(last_value)
        except Exception:
            raise TypeError("invalid flag value %r" % last_value) from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _iter_member_(cls, value):
        for bit in _iter_bits_lsb(value & cls._flag_mask_):
            member = cls._value2member_map_.get(bit)
            if member is not None:
                yield member

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        all_bits = cls._all_bits_
        boundary = cls._boundary_
        neg_value = None
        if not ~all_bits <= value <= all_bits or value & (all_bits ^ flag_mask):
            if boundary is STRICT:
                max_bits = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError("%r invalid value %r\n    given %s\n  allowed %s"
                                 % (cls, value, _bin(value, max_bits), _bin(flag_mask, max_bits)))
            elif boundary is CONFORM:
                value = value & flag_mask
            elif boundary is EJECT:
                return value
            elif boundary is KEEP:
                if value < 0:
                    value = max(all_bits + 1, 2 ** value.bit_length()) + value
        if value < 0:
            neg_value = value
            value = all_bits + 1 + value
        unknown = value & ~flag_mask
        member_value = value & flag_mask
        if unknown and boundary is not KEEP:
            raise ValueError("%s(%r) -->  unknown values %r [%s]"
                             % (cls.__name__, value, unknown, bin(unknown)))
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        pseudo._value_ = value
        if member_value:
            pseudo._name_ = "|".join(m._name_ for m in cls._iter_member_(member_value))
            if unknown:
                pseudo._name_ += "|%s" % cls._numeric_repr_(unknown)
        elif unknown:
            pseudo._name_ = cls._numeric_repr_(unknown)
        else:
            pseudo._name_ = None
        if not unknown:
            pseudo = cls._value2member_map_.setdefault(value, pseudo)
            if neg_value is not None:
                cls._value2member_map_[neg_value] = pseudo
        return pseudo

    @classmethod
    def _numeric_repr_(cls, value):
        return repr(value)

    def __repr__(self):
        cls_name = self.__class__.__name__
        v_repr = repr if self.__class__._member_type_ is object else self.__class__._member_type_.__repr__
        if self._name_ is None:
            return "<%s: %s>" % (cls_name, v_repr(self._value_))
        return "<%s.%s: %s>" % (cls_name, self._name_, v_repr(self._value_))

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return "%s(%r)" % (cls_name, self._value_)
        return "%s.%s" % (cls_name, self._name_)

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return iter(list(self.__class__._iter_member_(self._value_)))

    def __len__(self):
        return bin(self._value_).count("1")

    def __bool__(self):
        return bool(self._value_)

    def _other_value(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return NotImplemented

    def __or__(self, other):
        v = self._other_value(other)
        if v is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ | v)

    def __and__(self, other):
        v = self._other_value(other)
        if v is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ & v)

    def __xor__(self, other):
        v = self._other_value(other)
        if v is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ ^ v)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        if self._inverted_ is None:
            if self._boundary_ is KEEP:
                inverted = self.__class__(~self._value_)
            else:
                inverted = self.__class__(self._flag_mask_ ^ self._value_)
            self._inverted_ = inverted
        return self._inverted_


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    pass


# What CPython's EnumType does for the direct subclasses of ReprEnum: the
# mixed-in type's str() and format(), Enum's (or Flag's) repr.
for _cls, _type in ((IntEnum, int), (StrEnum, str), (IntFlag, int)):
    type.__setattr__(_cls, "__format__", _type.__format__)
    type.__setattr__(_cls, "__str__", _type.__repr__ if _type is int else _type.__str__)
    type.__setattr__(_cls, "__repr__", Flag.__repr__ if _cls is IntFlag else Enum.__repr__)
    type.__setattr__(_cls, "_member_type_", _type)
for _name in ("__or__", "__and__", "__xor__", "__ror__", "__rand__", "__rxor__", "__invert__"):
    type.__setattr__(IntFlag, _name, Flag.__dict__[_name])
type.__setattr__(Flag, "_flag_mask_", 0)
type.__setattr__(Flag, "_all_bits_", 0)
type.__setattr__(Flag, "_inverted_", None)
type.__setattr__(IntFlag, "_boundary_", KEEP)
_enum_classes_ready = True


class FlagBoundary:
    STRICT = STRICT
    CONFORM = CONFORM
    EJECT = EJECT
    KEEP = KEEP


def unique(enumeration):
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ", ".join("%s -> %s" % (alias, name) for alias, name in duplicates)
        raise ValueError("duplicate values found in %r: %s" % (enumeration, alias_details))
    return enumeration


def _simple_enum(*args, **kwargs):
    raise NotImplementedError("Coro does not support enum._simple_enum")


global_enum = lambda cls: cls
