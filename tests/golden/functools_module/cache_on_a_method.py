from functools import cache
class Grid:
    def __init__(self, n):
        self.n = n
    @cache
    def paths(self, r, c):
        if r == 0 or c == 0:
            return 1
        return self.paths(r - 1, c) + self.paths(r, c - 1)
g = Grid(5)
print(g.paths(10, 10), Grid.paths.cache_info().hits > 0)
