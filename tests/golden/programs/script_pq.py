class Task:
    def __init__(self, priority, name):
        self.priority = priority
        self.name = name
    def __lt__(self, other):
        if self.priority != other.priority:
            return self.priority < other.priority
        return self.name < other.name
    def __le__(self, other):
        return not other < self
    def __eq__(self, other):
        return (self.priority, self.name) == (other.priority, other.name)
    def __repr__(self):
        return f"Task({self.priority}, {self.name!r})"

class MinHeap:
    def __init__(self, items=None):
        self.data = []
        for x in items or []:
            self.push(x)
    def push(self, x):
        self.data.append(x)
        i = len(self.data) - 1
        while i > 0:
            p = (i - 1) // 2
            if self.data[i] < self.data[p]:
                self.data[i], self.data[p] = self.data[p], self.data[i]
                i = p
            else:
                break
    def pop(self):
        if not self.data:
            raise IndexError("pop from empty heap")
        top = self.data[0]
        last = self.data.pop()
        if self.data:
            self.data[0] = last
            i, n = 0, len(self.data)
            while True:
                l, r, m = 2 * i + 1, 2 * i + 2, i
                if l < n and self.data[l] < self.data[m]:
                    m = l
                if r < n and self.data[r] < self.data[m]:
                    m = r
                if m == i:
                    break
                self.data[i], self.data[m] = self.data[m], self.data[i]
                i = m
        return top
    def __len__(self):
        return len(self.data)
    def __bool__(self):
        return len(self.data) > 0

def main():
    h = MinHeap([5, 3, 8, 1, 9, 2, 7])
    out = []
    while h:
        out.append(h.pop())
    print(out)
    tasks = MinHeap()
    for p, n in [(3, "write"), (1, "plan"), (2, "code"), (1, "coffee"), (5, "ship"), (2, "test")]:
        tasks.push(Task(p, n))
    print(len(tasks))
    while tasks:
        t = tasks.pop()
        print(f"{t.priority}: {t.name}")
    try:
        tasks.pop()
    except IndexError as e:
        print("IndexError:", e)
    ts = [Task(2, "b"), Task(1, "z"), Task(2, "a")]
    print(sorted(ts), min(ts), max(ts))
    print(Task(1, "a") == Task(1, "a"), Task(1, "a") <= Task(1, "a"), Task(1, "a") != Task(1, "b"))
    print(Task(1, "a") in ts, Task(2, "a") in ts, ts.index(Task(2, "a")))
    try:
        print(Task(1, "a") > Task(0, "b"))
    except TypeError as e:
        print("TypeError:", e)
    try:
        print(Task(1, "a") >= Task(0, "b"))
    except TypeError as e:
        print("TypeError:", e)

if __name__ == "__main__":
    main()
