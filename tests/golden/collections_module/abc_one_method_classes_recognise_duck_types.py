from collections.abc import Iterable, Sized, Callable, Container
class Bag:
    def __iter__(self):
        return iter([])
    def __len__(self):
        return 0
class Fn:
    def __call__(self):
        pass
print(isinstance(Bag(), Iterable), isinstance(Bag(), Sized), isinstance(Bag(), Container))
print(isinstance(Fn(), Callable), issubclass(Fn, Iterable))
