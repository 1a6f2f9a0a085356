from typing import TypeVar, Generic, List, Optional
T = TypeVar("T")
K = TypeVar("K", bound=int)
print(T, K, List[T], List[T][int])
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> Optional[T]:
        return self.items.pop() if self.items else None
s = Stack[int]()
s.push(3)
s.push(4)
print(s.pop(), s.pop(), s.pop(), Stack[int], type(s).__name__, isinstance(s, Stack))
