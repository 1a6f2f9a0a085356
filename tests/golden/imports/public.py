# coro-test: module
__all__ = ["shown", "Shown"]

shown = "in __all__"
hidden = "not in __all__"
_private = "underscore"


class Shown:
    pass
