class Column:
    def __init__(self, title, key, fmt="", align="<", width=None):
        self.title, self.key, self.fmt, self.align, self.width = title, key, fmt, align, width
    def render(self, row):
        v = row[self.key] if isinstance(row, dict) else getattr(row, self.key)
        return format(v, self.fmt)

class Table:
    def __init__(self, columns, rows):
        self.columns, self.rows = columns, rows
    def __str__(self):
        cells = [[c.render(r) for c in self.columns] for r in self.rows]
        widths = [max([len(c.title)] + [len(row[i]) for row in cells]) for i, c in enumerate(self.columns)]
        sep = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
        def line(vals, aligns):
            return "|" + "|".join(f" {v:{a}{w}} " for v, a, w in zip(vals, aligns, widths)) + "|"
        out = [sep, line([c.title for c in self.columns], ["^"] * len(widths)), sep.replace("-", "=")]
        out += [line(row, [c.align for c in self.columns]) for row in cells]
        out.append(sep)
        return "\n".join(out)

def main():
    rows = [
        {"name": "Widget", "qty": 1200, "price": 3.14159, "ratio": 0.25, "code": 255},
        {"name": "Gizmo Deluxe", "qty": 7, "price": 1234.5, "ratio": 0.0312, "code": 4096},
        {"name": "Nut", "qty": -30, "price": 0.005, "ratio": 1.5, "code": 7},
    ]
    t = Table([Column("Name", "name"), Column("Qty", "qty", ",", ">"), Column("Price", "price", ".2f", ">"),
               Column("Ratio", "ratio", ".1%", ">"), Column("Hex", "code", "#06x", ">"), Column("Sci", "price", ".3e", ">"),
               Column("G", "price", "g", "^")], rows)
    print(t)
    n = 1234567.891
    print(f"{n:,.2f}|{n:_.1f}|{n:e}|{n:.3g}|{n:15.4f}|{n:<15.1f}|{n:^15,.0f}|{n:+.2f}")
    print(f"{42:08b}|{42:o}|{42:X}|{42:#o}|{-42:+d}|{42: d}|{42:=+6d}|{3:*^9}|{'ab':-<6}")
    print(f"{0.000012345:g}|{1e20:g}|{123456789:g}|{1.0:g}|{0.5:.0f}|{1.5:.0f}|{2.5:.0f}|{2.675:.2f}")
    print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"), "{0}{1}{0}".format("ab", "cd"), "{name:>6}".format(name="x"))
    print("%5.2f|%-6s|%06d|%x|%e|%r|%c|%%" % (3.14159, "ab", 42, 255, 12345.678, "q", 65))
    print("%(a)s-%(b)05.1f" % {"a": "A", "b": 2.25})
    s = "  Hello, World of Python  "
    print(s.strip().center(30, "*"), s.lstrip().ljust(30, ".") + "|", s.rstrip().rjust(30) + "|")
    print("hello world".title(), "HELLO".swapcase(), "python".capitalize(), "42".zfill(6), "-42".zfill(6))
    print("a,b,,c".split(","), "a b  c".split(), "k=v=w".partition("="), "k=v=w".rpartition("="), "a.b.c".rsplit(".", 1))
    print("tab\tsep".expandtabs(4), "abc", "hello".replace("l", "L", 1))
    print("Straße".upper(), "ǅ".lower(), "ß".casefold(), "İ".lower().encode() if False else "ok")
    print(str(12345678901234567890 * 98765432109876543210), 2 ** 100, -7 // 2, -7 % 2, 7 // -2, round(-2.5), round(0.125, 2))
    print(int("ff", 16), int("0b101", 0), int(" 42 "), float("1e3"), float("-inf"), int(3.99), int(-3.99))
    words = "the quick brown fox jumps over the lazy dog the end".split()
    freq = {}
    for w in words:
        freq[w] = freq.get(w, 0) + 1
    for w, c in sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:4]:
        print(f"{w:>6}: {'*' * c} ({c / len(words):.0%})")

if __name__ == "__main__":
    main()
