"""Abstract base classes: a class with abstract methods cannot be instantiated.

ABCMeta gathers a class's abstract methods into __abstractmethods__ when it
makes the class; creating an instance of a class whose set is not empty is a
TypeError (the VM checks, as object.__new__ does in CPython). register()
makes virtual subclasses that isinstance and issubclass accept.

`__abc_tpflags__` stands for CPython's type flags: a class whose value has
the sequence (1 << 5) or mapping (1 << 6) bit, as collections.abc's Sequence
and Mapping set it, and its subclasses, are what `match` takes for sequences
and mappings (src/vm/pattern.rs); register() passes the bit on. A class's __subclasshook__ (a classmethod
answering True, False or NotImplemented) is asked before the registry, as
collections.abc's one-method ABCs need.
"""

_COLLECTION_FLAGS = (1 << 5) | (1 << 6)


def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


def _is_abstract(value):
    return getattr(value, "__isabstractmethod__", False) is True


class ABCMeta(type):
    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        abstracts = {key for key, value in namespace.items() if _is_abstract(value)}
        for base in bases:
            for key in getattr(base, "__abstractmethods__", ()):
                if _is_abstract(getattr(cls, key, None)):
                    abstracts.add(key)
        cls.__abstractmethods__ = frozenset(abstracts)
        cls._abc_registry = []
        return cls

    def register(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_registry.append(subclass)
        flag = getattr(cls, "__abc_tpflags__", 0) & _COLLECTION_FLAGS
        if flag and getattr(subclass, "__abc_tpflags__", 0) & _COLLECTION_FLAGS != flag:
            try:
                subclass.__abc_tpflags__ = flag
            except TypeError:
                pass  # built-in classes keep their flags, as CPython's immutable types do
        return subclass

    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        if cls in subclass.__mro__:
            return True
        hook = getattr(cls, "__subclasshook__", None)
        if hook is not None:
            answer = hook(subclass)
            if answer is not NotImplemented:
                return bool(answer)
        for registered in cls._abc_registry:
            if issubclass(subclass, registered):
                return True
        for derived in cls.__subclasses__():
            if issubclass(subclass, derived):
                return True
        return False


class ABC(metaclass=ABCMeta):
    __slots__ = ()


def get_cache_token():
    return 0


def update_abstractmethods(cls):
    if not hasattr(cls, "__abstractmethods__"):
        return cls
    abstracts = set()
    for base in cls.__bases__:
        for key in getattr(base, "__abstractmethods__", ()):
            if _is_abstract(getattr(cls, key, None)):
                abstracts.add(key)
    for key, value in cls.__dict__.items():
        if _is_abstract(value):
            abstracts.add(key)
    cls.__abstractmethods__ = frozenset(abstracts)
    return cls
