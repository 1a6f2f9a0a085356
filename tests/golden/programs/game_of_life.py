class Board:
    def __init__(self, width, height, alive=()):
        self.width = width
        self.height = height
        self.alive = set(alive)
        self.generation = 0

    @classmethod
    def from_pattern(cls, pattern, width=None, height=None):
        rows = pattern.strip("\n").splitlines()
        cells = [(x, y) for y, row in enumerate(rows) for x, ch in enumerate(row) if ch == "#"]
        return cls(width or max(len(r) for r in rows), height or len(rows), cells)

    def neighbors(self, x, y):
        count = 0
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if (dx or dy) and ((x + dx) % self.width, (y + dy) % self.height) in self.alive:
                    count += 1
        return count

    def step(self):
        new = set()
        for y in range(self.height):
            for x in range(self.width):
                n = self.neighbors(x, y)
                if n == 3 or (n == 2 and (x, y) in self.alive):
                    new.add((x, y))
        self.alive = new
        self.generation += 1
        return self

    def __len__(self):
        return len(self.alive)

    def __eq__(self, other):
        return isinstance(other, Board) and self.alive == other.alive

    def __str__(self):
        return "\n".join("".join("#" if (x, y) in self.alive else "." for x in range(self.width)) for y in range(self.height))


blinker = Board.from_pattern("""
.....
..#..
..#..
..#..
.....
""")
print(blinker)
print("alive:", len(blinker))
blinker.step()
print("gen", blinker.generation)
print(blinker)
before = Board(5, 5, blinker.alive)
blinker.step().step()
print("period 2:", blinker == before, blinker.generation)

glider = Board.from_pattern("""
.#......
..#.....
###.....
........
........
........
""")
start = sorted(glider.alive)
for _ in range(4):
    glider.step()
print(glider)
moved = sorted((x - 1, y - 1) for x, y in glider.alive)
print("glider moved diagonally:", moved == start)
block = Board.from_pattern("##\n##", 4, 4)
print("block still:", block == Board(4, 4, block.alive).step(), len(block.step()))
print(sorted(Board.from_pattern("#").step().alive))
