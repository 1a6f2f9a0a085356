import typing
from typing import Protocol, runtime_checkable, cast, NewType, TYPE_CHECKING, overload, Iterator, Generator, Awaitable, Coroutine, AsyncIterator, NoReturn, IO, TextIO, Hashable, Sized, SupportsInt, AnyStr, Text, Deque, DefaultDict, Counter
if TYPE_CHECKING:
    import not_a_module_at_all
@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...
class File:
    def close(self):
        print("closed")
print(isinstance(File(), Closer), isinstance(3, Closer))
UserId = NewType("UserId", int)
print(UserId(5), UserId.__name__, cast(int, "x"), cast("list[int]", 3), TYPE_CHECKING, typing.Any)
def greet(name: typing.Optional[str] = None) -> str:
    return f"hi {name or 'there'}"
print(greet(), greet("bo"), greet.__annotations__["return"])
