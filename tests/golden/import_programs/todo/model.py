class Todo:
    def __init__(self, id, title):
        self.id = id
        self.title = title
        self.done = False

    def __str__(self):
        mark = "x" if self.done else " "
        return f"[{mark}] {self.id}. {self.title}"


class TodoList:
    default = None

    def __init__(self):
        self.items = []
        self._by_id = {}

    def add(self, title):
        t = Todo(len(self.items) + 1, title)
        self.items.append(t)
        self._by_id[t.id] = t
        return t

    def finish(self, id):
        t = self._by_id[id]
        t.done = True
        return t


TodoList.default = TodoList()
