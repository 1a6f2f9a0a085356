class Command:
    def execute(self, doc):
        raise NotImplementedError
    def undo(self, doc):
        raise NotImplementedError
    def __repr__(self):
        args = ", ".join(f"{v!r}" for v in vars(self).values())
        return f"{type(self).__name__}({args})"

class Insert(Command):
    def __init__(self, pos, text):
        self.pos, self.text = pos, text
    def execute(self, doc):
        doc.text = doc.text[:self.pos] + self.text + doc.text[self.pos:]
    def undo(self, doc):
        doc.text = doc.text[:self.pos] + doc.text[self.pos + len(self.text):]

class Delete(Command):
    def __init__(self, pos, n):
        self.pos, self.n = pos, n
        self.removed = None
    def execute(self, doc):
        self.removed = doc.text[self.pos:self.pos + self.n]
        doc.text = doc.text[:self.pos] + doc.text[self.pos + self.n:]
    def undo(self, doc):
        doc.text = doc.text[:self.pos] + self.removed + doc.text[self.pos:]

class Upper(Command):
    def __init__(self):
        self.before = None
    def execute(self, doc):
        self.before, doc.text = doc.text, doc.text.upper()
    def undo(self, doc):
        doc.text = self.before

class NothingToUndo(Exception):
    pass

class Document:
    def __init__(self, text=""):
        self.text = text
        self._undo, self._redo = [], []
    def do(self, cmd):
        cmd.execute(self)
        self._undo.append(cmd)
        self._redo.clear()
        return self
    def undo(self):
        if not self._undo:
            raise NothingToUndo("nothing to undo")
        cmd = self._undo.pop()
        cmd.undo(self)
        self._redo.append(cmd)
        return cmd
    def redo(self):
        if not self._redo:
            raise NothingToUndo("nothing to redo")
        cmd = self._redo.pop()
        cmd.execute(self)
        self._undo.append(cmd)
        return cmd
    def __str__(self):
        return f"{self.text!r} (undo={len(self._undo)}, redo={len(self._redo)})"

def main():
    d = Document("hello world")
    d.do(Insert(5, ",")).do(Delete(0, 1)).do(Insert(0, "J"))
    print(d)
    d.do(Upper())
    print(d)
    for op in ["undo", "undo", "redo", "undo", "undo", "undo", "undo", "redo", "redo"]:
        try:
            cmd = getattr(d, op)()
            print(f"{op:>4} {cmd!r:<24} -> {d}")
        except NothingToUndo as e:
            print(f"{op:>4} failed: {e}")
    d.do(Insert(len(d.text), "!"))
    print(d)
    try:
        d.redo()
    except NothingToUndo as e:
        print(e)
    try:
        Command().execute(d)
    except NotImplementedError:
        print("abstract")
    history = [type(c).__name__ for c in d._undo]
    print(history, {name: history.count(name) for name in history})

if __name__ == "__main__":
    main()
