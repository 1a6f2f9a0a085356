class Book:
    __slots__ = ("title", "author", "year")

    def __init__(self, title, author, year):
        self.title, self.author, self.year = title, author, year

    def __repr__(self):
        return f"<{self.title} ({self.year})>"


def parse_line(line):
    title, author, year = (part.strip() for part in line.split(";"))
    return Book(title, author, int(year))
