# A set or frozenset subclass's repr names the subclass, unlike list's.
class MySet(set):
    pass


class MyFS(frozenset):
    pass


class MyList(list):
    pass


print(MySet([3]), repr(MySet()), MyFS([1]), MyFS(), str(MySet([4])))
print(frozenset([2]), frozenset(), MyList([1]), [MySet([5])])
print(set.__repr__(set()), f"{MySet([6])}")
