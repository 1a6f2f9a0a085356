from typing import List, Dict, Optional, Union, Callable, Annotated, get_origin, get_args
print(get_origin(List[int]), get_args(Dict[str, int]), get_args(Optional[str]), get_origin(Union[int, str]))
print(get_args(Callable[[int], str]), get_origin(int), get_args(int), get_args(Annotated[int, "m"]))
print(get_origin(list[int]), get_args(dict[str, float]))
