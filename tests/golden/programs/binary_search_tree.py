class TreeNode:
    def __init__(self, key):
        self.key = key
        self.left = None
        self.right = None


class BST:
    def __init__(self):
        self.root = None
        self.count = 0

    def insert(self, key):
        if self.root is None:
            self.root = TreeNode(key)
            self.count += 1
            return True
        node = self.root
        while True:
            if key == node.key:
                return False
            if key < node.key:
                if node.left is None:
                    node.left = TreeNode(key)
                    break
                node = node.left
            else:
                if node.right is None:
                    node.right = TreeNode(key)
                    break
                node = node.right
        self.count += 1
        return True

    def __contains__(self, key):
        node = self.root
        while node:
            if key == node.key:
                return True
            node = node.left if key < node.key else node.right
        return False

    def inorder(self):
        def walk(node):
            if node:
                yield from walk(node.left)
                yield node.key
                yield from walk(node.right)
        return list(walk(self.root))

    def preorder(self):
        out = []
        def walk(node):
            if node:
                out.append(node.key)
                walk(node.left)
                walk(node.right)
        walk(self.root)
        return out

    def levels(self):
        result = []
        frontier = [self.root] if self.root else []
        while frontier:
            result.append([n.key for n in frontier])
            nxt = []
            for n in frontier:
                if n.left:
                    nxt.append(n.left)
                if n.right:
                    nxt.append(n.right)
            frontier = nxt
        return result

    def height(self, node="root"):
        if node == "root":
            node = self.root
        if node is None:
            return 0
        return 1 + max(self.height(node.left), self.height(node.right))

    def min(self):
        node = self.root
        if node is None:
            raise ValueError("min() of empty tree")
        while node.left:
            node = node.left
        return node.key

    def __len__(self):
        return self.count

    def __iter__(self):
        return iter(self.inorder())


tree = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    tree.insert(k)
print("duplicate insert:", tree.insert(40))
print("size:", len(tree))
print("inorder:", tree.inorder())
print("preorder:", tree.preorder())
print("levels:", tree.levels())
print("height:", tree.height())
print("min:", tree.min())
print(35 in tree, 36 in tree)
print([k for k in tree if k % 20 == 0])
try:
    BST().min()
except ValueError as e:
    print(type(e).__name__, e)
words = BST()
for w in "the quick brown fox jumps over the lazy dog".split():
    words.insert(w)
print(words.inorder(), len(words))
print(words.levels())
