class Roman:
    TABLE = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
             (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    def __init__(self, value):
        if not isinstance(value, int) or isinstance(value, bool):
            raise TypeError("Roman needs an int")
        if not 0 < value < 4000:
            raise ValueError(f"{value} out of range 1..3999")
        self.value = value
    @classmethod
    def parse(cls, s):
        vals = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
        total = 0
        for i, ch in enumerate(s.upper()):
            if ch not in vals:
                raise ValueError(f"invalid numeral {ch!r}")
            v = vals[ch]
            if i + 1 < len(s) and vals.get(s[i + 1].upper(), 0) > v:
                total -= v
            else:
                total += v
        r = cls(total)
        if str(r) != s.upper():
            raise ValueError(f"non-canonical numeral {s!r} (did you mean {r}?)")
        return r
    def __str__(self):
        n, out = self.value, []
        for v, sym in self.TABLE:
            q, n = divmod(n, v)
            out.append(sym * q)
        return "".join(out)
    def __repr__(self):
        return f"Roman({self.value})  # {self}"
    def __int__(self):
        return self.value
    def __add__(self, o):
        return Roman(self.value + int(o))
    def __sub__(self, o):
        return Roman(self.value - int(o))
    def __eq__(self, o):
        return int(self) == int(o)
    def __hash__(self):
        return self.value
    def __lt__(self, o):
        return self.value < int(o)

class Temperature:
    def __init__(self, kelvin=0.0):
        self.kelvin = kelvin
    @property
    def kelvin(self):
        return self._k
    @kelvin.setter
    def kelvin(self, v):
        if v < 0:
            raise ValueError(f"below absolute zero: {v}K")
        self._k = float(v)
    @property
    def celsius(self):
        return self._k - 273.15
    @celsius.setter
    def celsius(self, c):
        self.kelvin = c + 273.15
    @property
    def fahrenheit(self):
        return self.celsius * 9 / 5 + 32
    @fahrenheit.setter
    def fahrenheit(self, f):
        self.celsius = (f - 32) * 5 / 9
    @classmethod
    def from_celsius(cls, c):
        t = cls()
        t.celsius = c
        return t
    def __repr__(self):
        return f"Temperature({self._k:.2f}K = {self.celsius:.2f}°C = {self.fahrenheit:.2f}°F)"
    def __lt__(self, o):
        return self._k < o._k
    def __eq__(self, o):
        return abs(self._k - o._k) < 1e-9

def main():
    for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]:
        print(n, Roman(n))
    print(Roman.parse("MCMXCIV").value, Roman.parse("xlii"), repr(Roman(58)))
    for bad in ["IIII", "ABC", "IC", 0, 4000, 2.5, True]:
        try:
            r = Roman.parse(bad) if isinstance(bad, str) else Roman(bad)
            print("ok", r)
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
    print(Roman(10) + Roman(5), Roman(10) - 1, Roman(5) == 5, sorted([Roman(9), Roman(3), Roman(27)]))
    t = Temperature.from_celsius(100)
    print(t)
    t.fahrenheit = 32
    print(t, t.kelvin)
    try:
        t.celsius = -300
    except ValueError as e:
        print(e)
    temps = [Temperature.from_celsius(c) for c in (30, -5, 12.5)]
    print(sorted(temps))
    print(Temperature.from_celsius(0) == Temperature(273.15), max(temps).celsius)

if __name__ == "__main__":
    main()
