class EmptyError(Exception):
    pass


class Stack:
    def __init__(self):
        self._data = []

    def push(self, item):
        self._data.append(item)

    def pop(self):
        if not self._data:
            raise EmptyError("pop from empty stack")
        return self._data.pop()

    def peek(self):
        if not self._data:
            raise EmptyError("peek at empty stack")
        return self._data[-1]

    def __len__(self):
        return len(self._data)

    def __bool__(self):
        return bool(self._data)

    def __repr__(self):
        return "Stack(" + repr(self._data) + ")"


class Queue:
    def __init__(self, capacity=None):
        self._in = []
        self._out = []
        self.capacity = capacity

    def enqueue(self, item):
        if self.capacity is not None and len(self) >= self.capacity:
            raise OverflowError("queue full (capacity %d)" % self.capacity)
        self._in.append(item)

    def dequeue(self):
        if not self._out:
            while self._in:
                self._out.append(self._in.pop())
        if not self._out:
            raise EmptyError("dequeue from empty queue")
        return self._out.pop()

    def __len__(self):
        return len(self._in) + len(self._out)

    def __iter__(self):
        return iter(list(reversed(self._out)) + self._in)

    def __repr__(self):
        return "Queue(" + repr(list(self)) + ")"


def balanced(text):
    pairs = {")": "(", "]": "[", "}": "{"}
    s = Stack()
    for ch in text:
        if ch in "([{":
            s.push(ch)
        elif ch in pairs:
            try:
                if s.pop() != pairs[ch]:
                    return False
            except EmptyError:
                return False
    return not s


def rpn(expr):
    s = Stack()
    for tok in expr.split():
        if tok in "+-*/":
            b, a = s.pop(), s.pop()
            s.push({"+": a + b, "-": a - b, "*": a * b, "/": a / b}[tok])
        else:
            s.push(float(tok))
    return s.pop()


s = Stack()
for x in "abc":
    s.push(x)
print(s, len(s), s.peek())
print(s.pop(), s.pop(), s, bool(s))
s.pop()
for op in (s.pop, s.peek):
    try:
        op()
    except EmptyError as e:
        print(type(e).__name__, e)
for text in ["(a[b]{c})", "(]", "((", "", "}{"]:
    print(repr(text), balanced(text))
print(rpn("3 4 + 2 *"), rpn("10 2 8 * + 3 -"), rpn("1 2 /"))
try:
    rpn("1 +")
except EmptyError as e:
    print("bad rpn:", e)
q = Queue(capacity=3)
q.enqueue(1)
q.enqueue(2)
print(q.dequeue(), q)
q.enqueue(3)
q.enqueue(4)
print(q, len(q))
try:
    q.enqueue(5)
except OverflowError as e:
    print(type(e).__name__, e)
print([q.dequeue() for _ in range(len(q))])
try:
    q.dequeue()
except EmptyError as e:
    print(type(e).__name__, e)
