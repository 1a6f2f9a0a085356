import time

class LibraryError(Exception):
    """Base class for library errors."""

class NotAvailable(LibraryError):
    def __init__(self, book, holder):
        super().__init__(f"'{book.title}' is checked out by {holder}")
        self.book = book

class LimitReached(LibraryError):
    pass

class Book:
    def __init__(self, isbn, title, author, year):
        self.isbn, self.title, self.author, self.year = isbn, title, author, year
    def __repr__(self):
        return f"<Book {self.title!r} ({self.year})>"
    def __eq__(self, o):
        return isinstance(o, Book) and o.isbn == self.isbn
    def __hash__(self):
        return hash(self.isbn)

class Member:
    LIMIT = 2
    def __init__(self, name):
        self.name = name
        self.books = []
    def __str__(self):
        return self.name

class Library:
    def __init__(self):
        self.catalog = {}
        self.loans = {}
        self.day = 0
    def add(self, *books):
        for b in books:
            self.catalog[b.isbn] = b
    def checkout(self, member, isbn):
        book = self.catalog[isbn]
        if book in self.loans:
            raise NotAvailable(book, self.loans[book][0])
        if len(member.books) >= member.LIMIT:
            raise LimitReached(f"{member} already has {len(member.books)} books")
        self.loans[book] = (member, self.day + 14)
        member.books.append(book)
        return book
    def checkin(self, member, isbn):
        book = self.catalog[isbn]
        holder, due = self.loans.pop(book)
        member.books.remove(book)
        late = max(0, self.day - due)
        return late * 0.25
    def search(self, **criteria):
        res = []
        for b in self.catalog.values():
            if all(str(v).lower() in str(getattr(b, k)).lower() for k, v in criteria.items()):
                res.append(b)
        return sorted(res, key=lambda b: (b.year, b.title))
    def overdue(self):
        return sorted((b.title, m.name, self.day - d) for b, (m, d) in self.loans.items() if self.day > d)

def main():
    lib = Library()
    lib.add(Book(1, "Dune", "Herbert", 1965), Book(2, "Neuromancer", "Gibson", 1984),
            Book(3, "Foundation", "Asimov", 1951), Book(4, "I, Robot", "Asimov", 1950),
            Book(5, "Hyperion", "Simmons", 1989))
    ann, bob = Member("Ann"), Member("Bob")
    print(lib.checkout(ann, 1), lib.checkout(ann, 3))
    actions = [(bob, 1), (ann, 2), (bob, 2), (bob, 4), (bob, 5), (bob, 99)]
    for m, isbn in actions:
        try:
            print(m, "got", lib.checkout(m, isbn))
        except NotAvailable as e:
            print("unavailable:", e, "|", e.book.author)
        except LimitReached as e:
            print("limit:", e)
        except KeyError as e:
            print("no such isbn", e)
        except LibraryError:
            print("generic")
    lib.day = 20
    print(lib.overdue())
    print(lib.checkin(ann, 1), lib.checkin(bob, 2))
    lib.day = 40
    print(lib.checkin(bob, 4))
    print(lib.search(author="asimov"), lib.search(title="o", year=19))
    print([str(m) + ":" + ",".join(b.title for b in m.books) for m in (ann, bob)])
    print(LibraryError.__doc__, NotAvailable.__doc__)
    start = time.time()
    elapsed = time.time() - start
    print(elapsed >= 0, type(time.time()).__name__, isinstance(time.perf_counter(), float))
    time.sleep(0.01)
    print(time.monotonic() > 0)

if __name__ == "__main__":
    main()
