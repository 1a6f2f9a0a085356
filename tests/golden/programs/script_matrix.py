class Matrix:
    def __init__(self, rows):
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("ragged or empty matrix")
        self.rows = [list(r) for r in rows]
    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])
    @classmethod
    def zeros(cls, r, c):
        return cls([[0] * c for _ in range(r)])
    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])
    def __getitem__(self, idx):
        i, j = idx
        return self.rows[i][j]
    def __setitem__(self, idx, v):
        i, j = idx
        self.rows[i][j] = v
    def __add__(self, other):
        if self.shape != other.shape:
            raise ValueError(f"shape mismatch {self.shape} vs {other.shape}")
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])
    def __sub__(self, other):
        return self + other * -1
    def __mul__(self, k):
        if isinstance(k, Matrix):
            return self @ k
        return Matrix([[x * k for x in r] for r in self.rows])
    __rmul__ = __mul__
    def __matmul__(self, other):
        n, m = self.shape
        m2, p = other.shape
        if m != m2:
            raise ValueError("cannot multiply")
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in cols] for row in self.rows])
    def transpose(self):
        return Matrix([list(c) for c in zip(*self.rows)])
    @property
    def T(self):
        return self.transpose()
    def det(self):
        n, m = self.shape
        if n != m:
            raise ValueError("square only")
        if n == 1:
            return self.rows[0][0]
        if n == 2:
            (a, b), (c, d) = self.rows
            return a * d - b * c
        total = 0
        for j in range(n):
            minor = Matrix([r[:j] + r[j + 1:] for r in self.rows[1:]])
            total += (-1) ** j * self.rows[0][j] * minor.det()
        return total
    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows
    def __neg__(self):
        return self * -1
    def __pow__(self, n):
        result = Matrix.identity(self.shape[0])
        for _ in range(n):
            result = result @ self
        return result
    def __repr__(self):
        return f"Matrix({self.rows})"
    def __str__(self):
        w = max(len(str(x)) for r in self.rows for x in r)
        return "\n".join("[" + " ".join(str(x).rjust(w) for x in r) + "]" for r in self.rows)

def main():
    a = Matrix([[1, 2], [3, 4]])
    b = Matrix([[0, 1], [1, 0]])
    print(a + b)
    print(a @ b)
    print(repr(a * 2), repr(3 * a))
    print(a - b)
    print(-a)
    print(a.T, a.shape, a[1, 0])
    a[0, 0] = 10
    print(a.det(), Matrix([[2, 0, 1], [1, 3, 2], [1, 1, 1]]).det())
    print(Matrix.identity(3))
    print(Matrix([[1, 1], [1, 0]]) ** 10)
    print(a == Matrix([[10, 2], [3, 4]]), a == 5, a != b)
    try:
        a + Matrix.zeros(3, 2)
    except ValueError as e:
        print(e)
    try:
        Matrix([[1, 2], [3]])
    except ValueError as e:
        print(e)
    m = Matrix([[1.5, 2.25], [0.1, 0.2]])
    print(m * m)
    print(Matrix([[1, 2, 3]]) @ Matrix([[1], [2], [3]]))

if __name__ == "__main__":
    main()
