from typing import Any, Optional, Union, List, Dict, Tuple, Set, Callable, Literal, ClassVar, Final, FrozenSet, Type, Iterable, Mapping, Sequence, Annotated
print(List[int], Dict[str, int], Optional[int], Union[int, str], Union[int], Tuple[int, ...], Tuple[()])
print(Callable[[int, str], bool], Callable[..., int], List, Any, Literal["a", 1], ClassVar[int], Final[str])
print(Set[Tuple[int, str]], Dict[str, List[int]], Optional[List[int]], Union[int, str, None])
print(Annotated[int, "meta"], Type[int], FrozenSet[int], Iterable[int], Mapping[str, int], Sequence)
print(Union[int, None] == Optional[int], Union[int, str] == Union[str, int], Union[Union[int, str], float])
