class Roman:
    VALUES = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
              (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]

    def __init__(self, value):
        if isinstance(value, str):
            value = Roman.parse(value)
        if not isinstance(value, int):
            raise TypeError("Roman() needs int or str, not " + type(value).__name__)
        if not 0 < value < 4000:
            raise ValueError("Roman numerals must be in 1..3999, got %d" % value)
        self.value = value

    @staticmethod
    def parse(text):
        text = text.upper()
        total = 0
        i = 0
        for number, symbol in Roman.VALUES:
            while text.startswith(symbol, i):
                total += number
                i += len(symbol)
        if i != len(text) or not text:
            raise ValueError("invalid Roman numeral: " + repr(text))
        if Roman(total).numeral != text:
            raise ValueError("non-canonical Roman numeral: " + repr(text))
        return total

    @property
    def numeral(self):
        n = self.value
        out = []
        for number, symbol in self.VALUES:
            count, n = divmod(n, number)
            out.append(symbol * count)
        return "".join(out)

    def __int__(self):
        return self.value

    def __index__(self):
        return self.value

    def __str__(self):
        return self.numeral

    def __repr__(self):
        return "Roman(%r)" % self.numeral

    def __add__(self, other):
        if isinstance(other, (Roman, int)):
            return Roman(self.value + int(other))
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, (Roman, int)):
            return Roman(self.value - int(other))
        return NotImplemented

    def __mul__(self, other):
        if isinstance(other, (Roman, int)):
            return Roman(self.value * int(other))
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, Roman):
            return self.value == other.value
        if isinstance(other, int):
            return self.value == other
        return NotImplemented

    def __lt__(self, other):
        return self.value < int(other)

    def __hash__(self):
        return hash(self.value)


for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]:
    r = Roman(n)
    print(n, r, repr(r), Roman(str(r)).value)
print(Roman("mcmxcix"), Roman("XLII") + Roman("VIII"), 10 + Roman("V"), Roman(10) - 3, Roman("XII") * 3)
print(Roman(5) == 5, Roman("V") == Roman(5), sorted([Roman(30), Roman(4), Roman(12)]))
print(list(range(Roman("III"))), ["a", "b", "c", "d"][Roman(2)], bin(Roman(5)), hex(Roman("X")))
print(sum([Roman(1), Roman(2), Roman(3)]), {Roman(7): "seven"}[7])
for bad in ["IIII", "ABC", "", "IM", 0, 4000, 2.5]:
    try:
        print(Roman(bad))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    Roman(3000) + Roman(1000)
except ValueError as e:
    print(type(e).__name__, e)
try:
    Roman(1) + "I"
except TypeError as e:
    print(type(e).__name__, e)
