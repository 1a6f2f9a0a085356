class Date:
    """Simple date class (proleptic Gregorian)."""
    DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    NAMES = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    def __init__(self, y, m, d):
        if not 1 <= m <= 12:
            raise ValueError(f"month must be in 1..12, not {m}")
        if not 1 <= d <= self.days_in_month(y, m):
            raise ValueError(f"day is out of range for month: {y}-{m:02d}-{d:02d}")
        self.y, self.m, self.d = y, m, d
    @staticmethod
    def is_leap(y):
        """Return True for leap years."""
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    @classmethod
    def days_in_month(cls, y, m):
        return 29 if m == 2 and cls.is_leap(y) else cls.DAYS[m - 1]
    @classmethod
    def fromisoformat(cls, s):
        y, m, d = map(int, s.split("-"))
        return cls(y, m, d)
    @classmethod
    def fromordinal(cls, n):
        y = 1
        while True:
            ylen = 366 if cls.is_leap(y) else 365
            if n <= ylen:
                break
            n -= ylen
            y += 1
        m = 1
        while n > cls.days_in_month(y, m):
            n -= cls.days_in_month(y, m)
            m += 1
        return cls(y, m, n)
    def toordinal(self):
        y = self.y - 1
        days = y * 365 + y // 4 - y // 100 + y // 400
        days += sum(self.days_in_month(self.y, mm) for mm in range(1, self.m))
        return days + self.d
    def weekday(self):
        return (self.toordinal() + 6) % 7
    def __add__(self, days):
        if not isinstance(days, int):
            return NotImplemented
        return Date.fromordinal(self.toordinal() + days)
    __radd__ = __add__
    def __sub__(self, other):
        if isinstance(other, Date):
            return self.toordinal() - other.toordinal()
        return self + (-other)
    def __eq__(self, o):
        return isinstance(o, Date) and (self.y, self.m, self.d) == (o.y, o.m, o.d)
    def __lt__(self, o):
        return (self.y, self.m, self.d) < (o.y, o.m, o.d)
    def __le__(self, o):
        return self == o or self < o
    def __hash__(self):
        return hash((self.y, self.m, self.d))
    def __repr__(self):
        return f"Date({self.y}, {self.m}, {self.d})"
    def __str__(self):
        return f"{self.y:04d}-{self.m:02d}-{self.d:02d}"
    def __format__(self, spec):
        if spec == "long":
            return f"{self.NAMES[self.weekday()]} {self.d} of month {self.m}, {self.y}"
        return format(str(self), spec)

def main():
    d = Date(2024, 2, 28)
    print(d, repr(d), d + 1, d + 2, 365 + d, d - 59)
    print(Date(2024, 12, 25) - Date(2024, 1, 1), Date.fromisoformat("2000-03-01") - Date(2000, 2, 1))
    print(f"{Date(1969, 7, 20):long}", f"{d:>14}|", format(d))
    for s in ["2023-02-29", "2024-13-01", "2024-04-31"]:
        try:
            Date.fromisoformat(s)
        except ValueError as e:
            print("ValueError:", e)
    print([y for y in range(1896, 1912) if Date.is_leap(y)], Date.is_leap(2000), Date.is_leap(1900))
    dates = [Date(2020, 5, 17), Date(1999, 12, 31), Date(2020, 5, 3), Date(2001, 1, 1)]
    print(sorted(dates), min(dates), max(dates))
    print(Date(2000, 1, 1).toordinal(), Date.fromordinal(730120), Date(1, 1, 1).weekday())
    holidays = {Date(2024, 1, 1): "New Year", Date(2024, 12, 25): "Christmas"}
    print(holidays.get(Date.fromisoformat("2024-12-25")), Date(2024, 1, 1) in holidays)
    print(Date.__doc__, Date.is_leap.__doc__)
    Point = type("Point", (), {"x": 0, "__repr__": lambda self: f"Point(x={self.x})"})
    p = Point()
    p.x = 5
    print(p, type(p).__name__, Point.__name__)
    Sub = type("Sub", (Date,), {"kind": "sub"})
    s = Sub(2020, 1, 1)
    print(s, s.kind, isinstance(s, Date), Sub.__mro__[1].__name__)
    print([n for n in dir(d) if not n.startswith("_")])
    sentinel = object()
    print(holidays.get("x", sentinel) is sentinel, type(sentinel).__name__)
    print(Date(2024, 1, 1) <= Date(2024, 1, 1), Date(2024, 1, 2) >= Date(2024, 1, 1))

if __name__ == "__main__":
    main()
