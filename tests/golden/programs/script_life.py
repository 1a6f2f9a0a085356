import random

class Board:
    def __init__(self, w, h, alive=()):
        self.w, self.h = w, h
        self.cells = set(alive)
    @classmethod
    def random(cls, w, h, density, seed):
        rng = random.Random(seed)
        return cls(w, h, [(x, y) for y in range(h) for x in range(w) if rng.random() < density])
    @classmethod
    def parse(cls, text):
        rows = text.strip().splitlines()
        return cls(len(rows[0]), len(rows), [(x, y) for y, r in enumerate(rows) for x, c in enumerate(r) if c == "#"])
    def neighbors(self, x, y):
        return sum((x + dx) % self.w == nx and (y + dy) % self.h == ny
                   for dx in (-1, 0, 1) for dy in (-1, 0, 1) if dx or dy
                   for nx, ny in [((x + dx) % self.w, (y + dy) % self.h)] if (nx, ny) in self.cells)
    def step(self):
        new = set()
        for y in range(self.h):
            for x in range(self.w):
                n = self.neighbors(x, y)
                if n == 3 or (n == 2 and (x, y) in self.cells):
                    new.add((x, y))
        return Board(self.w, self.h, new)
    def __str__(self):
        return "\n".join("".join("#" if (x, y) in self.cells else "." for x in range(self.w)) for y in range(self.h))
    def __eq__(self, other):
        return self.cells == other.cells
    def __len__(self):
        return len(self.cells)

def main():
    glider = Board.parse("""
.#....
..#...
###...
......
......
""")
    b = glider
    for gen in range(4):
        print(f"gen {gen} ({len(b)} alive)")
        print(b)
        b = b.step()
    blinker = Board(5, 5, [(1, 2), (2, 2), (3, 2)])
    print(blinker.step().step() == blinker, blinker.step() == blinker)
    r = Board.random(8, 6, 0.4, seed=3)
    print(r)
    seen = []
    cur = r
    for i in range(30):
        key = tuple(sorted(cur.cells))
        if key in seen:
            print("cycle at", i, "back to", seen.index(key))
            break
        seen.append(key)
        cur = cur.step()
    print(len(cur), sorted(cur.cells)[:5])

if __name__ == "__main__":
    main()
