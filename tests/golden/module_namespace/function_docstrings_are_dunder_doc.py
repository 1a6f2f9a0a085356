def documented(a, b=2):
    """Adds things.

    More text."""
    return a + b
def plain():
    pass
def late():
    x = 1
    "not a docstring: not the first statement"
async def coro():
    "a coroutine's docstring"
def gen():
    "a generator's docstring"
    yield 1
def outer():
    def inner():
        """inner's docstring"""
    return inner
for f in [documented, plain, late, coro, gen, outer(), lambda: "not a doc"]:
    print(f.__name__, repr(f.__doc__))
