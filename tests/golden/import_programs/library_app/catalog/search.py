from .books import Book


def by_author(books, name):
    return [b for b in books if name.lower() in b.author.lower()]


def by_decade(books):
    groups = {}
    for b in sorted(books, key=lambda b: b.year):
        groups.setdefault(b.year // 10 * 10, []).append(b)
    return groups
