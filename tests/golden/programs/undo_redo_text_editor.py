class Command:
    def execute(self, doc):
        raise NotImplementedError

    def undo(self, doc):
        raise NotImplementedError

    def __repr__(self):
        return type(self).__name__ + repr(tuple(self.__dict__.values()))


class Insert(Command):
    def __init__(self, pos, text):
        self.pos = pos
        self.text = text

    def execute(self, doc):
        doc.text = doc.text[:self.pos] + self.text + doc.text[self.pos:]

    def undo(self, doc):
        doc.text = doc.text[:self.pos] + doc.text[self.pos + len(self.text):]


class Delete(Command):
    def __init__(self, pos, length):
        self.pos = pos
        self.length = length
        self.removed = None

    def execute(self, doc):
        if self.pos + self.length > len(doc.text):
            raise IndexError("delete past end of document")
        self.removed = doc.text[self.pos:self.pos + self.length]
        doc.text = doc.text[:self.pos] + doc.text[self.pos + self.length:]

    def undo(self, doc):
        doc.text = doc.text[:self.pos] + self.removed + doc.text[self.pos:]


class Replace(Command):
    def __init__(self, old, new):
        self.old = old
        self.new = new
        self.before = None

    def execute(self, doc):
        if self.old not in doc.text:
            raise ValueError("%r not found" % self.old)
        self.before = doc.text
        doc.text = doc.text.replace(self.old, self.new)

    def undo(self, doc):
        doc.text = self.before


class Document:
    def __init__(self):
        self.text = ""
        self.undo_stack = []
        self.redo_stack = []

    def do(self, command):
        command.execute(self)
        self.undo_stack.append(command)
        self.redo_stack.clear()

    def undo(self):
        if not self.undo_stack:
            return False
        cmd = self.undo_stack.pop()
        cmd.undo(self)
        self.redo_stack.append(cmd)
        return True

    def redo(self):
        if not self.redo_stack:
            return False
        cmd = self.redo_stack.pop()
        cmd.execute(self)
        self.undo_stack.append(cmd)
        return True


doc = Document()
steps = [Insert(0, "Hello"), Insert(5, " world"), Insert(11, "!"), Delete(0, 6), Replace("world", "there")]
for cmd in steps:
    doc.do(cmd)
    print(repr(doc.text), "after", type(cmd).__name__)
print(doc.undo_stack[0], doc.undo_stack[3])
while doc.undo():
    print("undo ->", repr(doc.text))
print(doc.undo())
print(doc.redo(), repr(doc.text))
print(doc.redo(), repr(doc.text))
doc.do(Insert(0, ">> "))
print(repr(doc.text), doc.redo(), len(doc.undo_stack), len(doc.redo_stack))
for bad in [Delete(0, 100), Replace("zzz", "y")]:
    try:
        doc.do(bad)
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
print(repr(doc.text), len(doc.undo_stack))
try:
    Command().execute(doc)
except NotImplementedError as e:
    print("NotImplementedError", repr(e))
