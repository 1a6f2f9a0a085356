class EmptyError(Exception):
    pass

class Stack:
    def __init__(self):
        self._items = []
    def push(self, x):
        self._items.append(x)
    def pop(self):
        if not self._items:
            raise EmptyError("pop from empty stack")
        return self._items.pop()
    def peek(self):
        return self._items[-1] if self._items else None
    def __len__(self):
        return len(self._items)
    def __repr__(self):
        return f"Stack({self._items})"

class Queue:
    def __init__(self, capacity=None):
        self._in, self._out = [], []
        self.capacity = capacity
    def enqueue(self, x):
        if self.capacity is not None and len(self) >= self.capacity:
            raise OverflowError("queue full")
        self._in.append(x)
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
        return iter(self._out[::-1] + self._in)

def balanced(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    st = Stack()
    for ch in s:
        if ch in "([{":
            st.push(ch)
        elif ch in pairs:
            try:
                if st.pop() != pairs[ch]:
                    return False
            except EmptyError:
                return False
    return len(st) == 0

def rpn(expr):
    st = Stack()
    ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b,
           "*": lambda a, b: a * b, "/": lambda a, b: a / b, "//": lambda a, b: a // b}
    for tok in expr.split():
        if tok in ops:
            b, a = st.pop(), st.pop()
            st.push(ops[tok](a, b))
        else:
            st.push(int(tok))
    return st.pop()

def main():
    s = Stack()
    for i in range(5):
        s.push(i * i)
    print(s, len(s), s.peek())
    print(s.pop(), s.pop(), s)
    for t in ["()[]{}", "([)]", "((", "", "{[()()]}", "}"]:
        print(repr(t), balanced(t))
    print(rpn("3 4 + 2 *"), rpn("10 3 /"), rpn("10 3 //"), rpn("2 3 4 * -"))
    try:
        rpn("+")
    except EmptyError as e:
        print("EmptyError:", e)
    q = Queue(capacity=3)
    q.enqueue("a"); q.enqueue("b"); q.enqueue("c")
    try:
        q.enqueue("d")
    except OverflowError as e:
        print(type(e).__name__, e)
    print(q.dequeue(), list(q))
    q.enqueue("d")
    print(list(q), len(q))
    while len(q):
        print("got", q.dequeue())
    try:
        q.dequeue()
    except Exception as e:
        print(f"{e.__class__.__name__}: {e}")
    print(issubclass(EmptyError, Exception), EmptyError.__mro__)

if __name__ == "__main__":
    main()
