class Pos:
    __slots__ = ("r", "c")
    def __init__(self, r, c):
        self.r, self.c = r, c
    def __eq__(self, other):
        return isinstance(other, Pos) and self.r == other.r and self.c == other.c
    def __hash__(self):
        return hash((self.r, self.c))
    def __add__(self, other):
        return Pos(self.r + other.r, self.c + other.c)
    def __repr__(self):
        return f"({self.r},{self.c})"

DIRS = [Pos(-1, 0), Pos(1, 0), Pos(0, -1), Pos(0, 1)]

class Maze:
    def __init__(self, text):
        self.grid = [list(line) for line in text.strip().splitlines()]
        self.walls = set()
        for r, row in enumerate(self.grid):
            for c, ch in enumerate(row):
                p = Pos(r, c)
                if ch == "#":
                    self.walls.add(p)
                elif ch == "S":
                    self.start = p
                elif ch == "E":
                    self.end = p
    def inside(self, p):
        return 0 <= p.r < len(self.grid) and 0 <= p.c < len(self.grid[0])
    def solve(self):
        prev = {self.start: None}
        frontier = [self.start]
        while frontier:
            nxt = []
            for p in frontier:
                if p == self.end:
                    path = []
                    while p is not None:
                        path.append(p)
                        p = prev[p]
                    return path[::-1]
                for d in DIRS:
                    q = p + d
                    if self.inside(q) and q not in self.walls and q not in prev:
                        prev[q] = p
                        nxt.append(q)
            frontier = nxt
        return None
    def render(self, path):
        on = set(path)
        return "\n".join("".join("*" if Pos(r, c) in on and ch == "." else ch for c, ch in enumerate(row))
                         for r, row in enumerate(self.grid))

MAZE = """
S.#......
.##.####.
....#..#.
.####.##.
......#E.
"""

def main():
    m = Maze(MAZE)
    print(len(m.walls), m.start, m.end)
    path = m.solve()
    print(len(path) - 1, path)
    print(m.render(path))
    visited = set()
    for p in path:
        visited.add(p)
        visited.add(Pos(p.r, p.c))
    print(len(visited), Pos(0, 0) in visited)
    counts = {}
    for p in path + path[:3]:
        counts[p] = counts.get(p, 0) + 1
    print(len(counts), max(counts.values()))

if __name__ == "__main__":
    main()
