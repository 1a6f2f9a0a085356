"""What sys says about the interpreter: the Python version Coro follows
(3.11: programs checking `sys.version_info >= (3, 8)` take the modern path)
and the implementation, which is Coro's own (`sys.implementation.name` is
'coro', where CPython says 'cpython')."""


class version_info(tuple):
    def __new__(cls, major, minor, micro, releaselevel, serial):
        return tuple.__new__(cls, (major, minor, micro, releaselevel, serial))

    @property
    def major(self):
        return self[0]

    @property
    def minor(self):
        return self[1]

    @property
    def micro(self):
        return self[2]

    @property
    def releaselevel(self):
        return self[3]

    @property
    def serial(self):
        return self[4]

    def __repr__(self):
        return (
            f"sys.version_info(major={self[0]!r}, minor={self[1]!r}, micro={self[2]!r}, "
            f"releaselevel={self[3]!r}, serial={self[4]!r})"
        )


class _Implementation:
    def __init__(self, name, version, hexversion):
        self.name = name
        self.cache_tag = None
        self.version = version
        self.hexversion = hexversion

    def __repr__(self):
        return (
            f"namespace(name={self.name!r}, cache_tag=None, version={self.version!r}, "
            f"hexversion={self.hexversion!r})"
        )


def _hex(v):
    levels = {"alpha": 0xA, "beta": 0xB, "candidate": 0xC, "final": 0xF}
    return (v[0] << 24) | (v[1] << 16) | (v[2] << 8) | (levels[v[3]] << 4) | v[4]


version_info = version_info(3, 11, 0, "final", 0)
hexversion = _hex(version_info)
_coro = _coro_version.split(".")
implementation = _Implementation(
    "coro",
    type(version_info)(int(_coro[0]), int(_coro[1]), int(_coro[2]), "final", 0),
    0,
)
implementation.hexversion = _hex(implementation.version)
version = f"3.11.0 (Coro {_coro_version})"
del _Implementation, _hex, _coro
