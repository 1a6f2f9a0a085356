class Node:
    __slots__ = ("value", "next")
    def __init__(self, value, next=None):
        self.value = value
        self.next = next

class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self._size = 0
        for it in items:
            self.append(it)

    def append(self, value):
        node = Node(value)
        if self.head is None:
            self.head = node
        else:
            cur = self.head
            while cur.next:
                cur = cur.next
            cur.next = node
        self._size += 1

    def prepend(self, value):
        self.head = Node(value, self.head)
        self._size += 1

    def __len__(self):
        return self._size

    def __iter__(self):
        cur = self.head
        while cur is not None:
            yield cur.value
            cur = cur.next

    def __contains__(self, v):
        return any(x == v for x in self)

    def __getitem__(self, idx):
        if idx < 0:
            idx += len(self)
        if not 0 <= idx < len(self):
            raise IndexError("list index out of range")
        for i, v in enumerate(self):
            if i == idx:
                return v

    def reverse(self):
        prev = None
        cur = self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev

    def remove(self, value):
        prev, cur = None, self.head
        while cur:
            if cur.value == value:
                if prev:
                    prev.next = cur.next
                else:
                    self.head = cur.next
                self._size -= 1
                return
            prev, cur = cur, cur.next
        raise ValueError(f"{value!r} not in list")

    def __repr__(self):
        return "LinkedList([" + ", ".join(repr(v) for v in self) + "])"

    def __bool__(self):
        return self.head is not None

    def __eq__(self, other):
        if not isinstance(other, LinkedList):
            return NotImplemented
        return list(self) == list(other)

def main():
    ll = LinkedList([3, 1, 4, 1, 5])
    print(ll, len(ll))
    ll.prepend(9)
    print(list(ll))
    print(4 in ll, 7 in ll)
    print(ll[0], ll[-1], ll[2])
    try:
        ll[10]
    except IndexError as e:
        print("IndexError:", e)
    ll.reverse()
    print(ll)
    ll.remove(1)
    print(ll, len(ll))
    try:
        ll.remove("x")
    except ValueError as e:
        print(e)
    empty = LinkedList()
    print(bool(empty), bool(ll), empty)
    print(ll == LinkedList([5, 4, 1, 3, 9]), ll == [1], ll != LinkedList())
    print(sum(ll), max(ll), sorted(ll))
    n = Node(1)
    try:
        n.other = 5
    except AttributeError as e:
        print("AttributeError", e)
    s = "-".join(str(x) for x in ll)
    print(s)

if __name__ == "__main__":
    main()
