import sys

class FSError(Exception):
    pass

class Node:
    def __init__(self, name, parent=None):
        self.name = name
        self.parent = parent
    @property
    def path(self):
        parts = []
        n = self
        while n is not None:
            parts.append(n.name)
            n = n.parent
        return "/".join(reversed(parts)) or "/"
    def __lt__(self, other):
        return (isinstance(self, File), self.name) < (isinstance(other, File), other.name)

class File(Node):
    def __init__(self, name, size, parent=None):
        super().__init__(name, parent)
        self.size = size
    def total(self):
        return self.size

class Dir(Node):
    def __init__(self, name, parent=None):
        super().__init__(name, parent)
        self.children = {}
    def add(self, node):
        if node.name in self.children:
            raise FSError(f"{node.name} exists in {self.path}")
        node.parent = self
        self.children[node.name] = node
        return node
    def mkdir(self, name):
        return self.add(Dir(name))
    def touch(self, name, size=0):
        return self.add(File(name, size))
    def total(self):
        return sum(c.total() for c in self.children.values())
    def walk(self):
        yield self
        for c in sorted(self.children.values()):
            if isinstance(c, Dir):
                yield from c.walk()
            else:
                yield c
    def find(self, path):
        node = self
        for part in path.strip("/").split("/"):
            if not isinstance(node, Dir):
                raise FSError(f"{node.path} is not a directory")
            try:
                node = node.children[part]
            except KeyError:
                raise FSError(f"no such file: {path}") from None
        return node
    def tree(self, prefix=""):
        lines = []
        kids = sorted(self.children.values())
        for i, c in enumerate(kids):
            last = i == len(kids) - 1
            label = f"{c.name}/" if isinstance(c, Dir) else f"{c.name} ({c.size}b)"
            lines.append(prefix + ("└── " if last else "├── ") + label)
            if isinstance(c, Dir):
                lines.extend(c.tree(prefix + ("    " if last else "│   ")))
        return lines

def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)

def main():
    root = Dir("")
    home = root.mkdir("home")
    ann = home.mkdir("ann")
    ann.touch("notes.txt", 120)
    ann.touch("a.py", 3400)
    docs = ann.mkdir("docs")
    docs.touch("cv.pdf", 50000)
    root.mkdir("etc").touch("hosts", 80)
    root.mkdir("tmp")
    print("\n".join(root.tree()))
    print([n.path for n in root.walk()])
    print(root.total(), ann.total(), root.find("/home/ann/docs/cv.pdf").path)
    for p in ["/home/bob", "/etc/hosts/x", "/tmp"]:
        try:
            print("found", root.find(p).path)
        except FSError as e:
            print("FSError:", e)
    try:
        ann.touch("a.py")
    except FSError as e:
        print(e)
    big = [n for n in root.walk() if isinstance(n, File) and n.size > 100]
    print(sorted((f.size, f.name) for f in big))
    print(depth(500))
    try:
        depth(100000)
    except RecursionError as e:
        print("RecursionError caught")
    print(sys.getrecursionlimit())

if __name__ == "__main__":
    main()
