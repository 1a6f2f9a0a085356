class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self, iterable=()):
        self.head = None
        self._size = 0
        for item in iterable:
            self.append(item)

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
        raise ValueError("LinkedList.remove(x): x not in list")

    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev

    def __iter__(self):
        cur = self.head
        while cur:
            yield cur.value
            cur = cur.next

    def __len__(self):
        return self._size

    def __contains__(self, value):
        return any(v == value for v in self)

    def __getitem__(self, index):
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError("LinkedList index out of range")
        for i, v in enumerate(self):
            if i == index:
                return v

    def __repr__(self):
        return "LinkedList([" + ", ".join(repr(v) for v in self) + "])"

    def __str__(self):
        return " -> ".join(str(v) for v in self) or "(empty)"

    def __eq__(self, other):
        if not isinstance(other, LinkedList):
            return NotImplemented
        return list(self) == list(other)


ll = LinkedList([1, 2, 3])
print(ll)
print(repr(ll), len(ll))
ll.append(4)
ll.prepend(0)
print(ll, len(ll))
print(2 in ll, 9 in ll, ll[0], ll[-1], ll[2])
ll.remove(2)
print(ll)
try:
    ll.remove(42)
except ValueError as e:
    print(type(e).__name__, e)
try:
    ll[10]
except IndexError as e:
    print(type(e).__name__, e)
ll.reverse()
print(ll)
print(list(ll), sum(ll), max(ll), sorted(ll))
print(LinkedList() , len(LinkedList()), bool(LinkedList()), bool(ll))
print(LinkedList("ab") == LinkedList(["a", "b"]), LinkedList([1]) == [1])
for i, v in enumerate(LinkedList("xyz")):
    print(i, v)
a, b, *rest = LinkedList(range(5))
print(a, b, rest)
