# A class-based binary search tree built and walked: method calls and attribute reads.
import random


class Node:
    def __init__(self, key):
        self.key = key
        self.left = None
        self.right = None


class Tree:
    def __init__(self):
        self.root = None
        self.size = 0

    def insert(self, key):
        node = Node(key)
        self.size += 1
        if self.root is None:
            self.root = node
            return
        cur = self.root
        while True:
            if key < cur.key:
                if cur.left is None:
                    cur.left = node
                    return
                cur = cur.left
            else:
                if cur.right is None:
                    cur.right = node
                    return
                cur = cur.right

    def depth(self, node):
        if node is None:
            return 0
        return 1 + max(self.depth(node.left), self.depth(node.right))

    def total(self, node):
        if node is None:
            return 0
        return node.key + self.total(node.left) + self.total(node.right)


random.seed(7)
tree = Tree()
for _ in range(60000):
    tree.insert(random.randrange(1000000))
print(tree.size, tree.depth(tree.root), tree.total(tree.root))
