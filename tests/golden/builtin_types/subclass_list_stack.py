class Stack(list):
    def push(self, x):
        self.append(x)
        return self
    def peek(self):
        if not self:
            raise IndexError("peek from empty stack")
        return self[-1]
    @property
    def size(self):
        return len(self)
s = Stack()
s.push(1).push(2).push(3)
print(s, len(s), s.size, s.peek())
print(s.pop(), s, isinstance(s, list), type(s).__name__)
print(s + [9], type(s + [9]).__name__)
print(s[:1], type(s[:1]).__name__)
print(s == [1, 2], [1, 2] == s, bool(Stack()))
t = Stack([5, 4])
t.sort()
print(t, sorted(t), list(reversed(t)), sum(t))
try:
    Stack().peek()
except IndexError as e:
    print(type(e).__name__, e)
s2 = Stack("abc")
print(s2, s2.count("a"), "b" in s2)
s2 *= 2
print(s2, type(s2).__name__)
print(repr(s2), str(s2))
s.label = "attrs allowed"
print(s.label)
