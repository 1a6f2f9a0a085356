class LibraryError(Exception):
    pass


class NotAvailable(LibraryError):
    pass


class LimitReached(LibraryError):
    pass


class Book:
    def __init__(self, isbn, title, author, year):
        self.isbn = isbn
        self.title = title
        self.author = author
        self.year = year
        self.borrower = None

    @property
    def available(self):
        return self.borrower is None

    def __str__(self):
        status = "available" if self.available else "on loan to " + self.borrower.name
        return "%s by %s (%d) [%s]" % (self.title, self.author, self.year, status)


class Member:
    max_loans = 2

    def __init__(self, name):
        self.name = name
        self.loans = []

    def __repr__(self):
        return "%s(%r, loans=%d)" % (type(self).__name__, self.name, len(self.loans))


class PremiumMember(Member):
    max_loans = 4


class Library:
    def __init__(self):
        self.books = {}
        self.members = {}
        self.day = 0
        self.ledger = []

    def add_book(self, *args):
        book = Book(*args)
        self.books[book.isbn] = book
        return book

    def join(self, name, premium=False):
        cls = PremiumMember if premium else Member
        m = cls(name)
        self.members[name] = m
        return m

    def checkout(self, name, isbn):
        member = self.members[name]
        book = self.books[isbn]
        if not book.available:
            raise NotAvailable("%r is already on loan" % book.title)
        if len(member.loans) >= member.max_loans:
            raise LimitReached("%s has reached the limit of %d loans" % (member.name, member.max_loans))
        book.borrower = member
        member.loans.append(book)
        self.ledger.append((self.day, "out", name, isbn))

    def checkin(self, isbn):
        book = self.books[isbn]
        if book.available:
            raise LibraryError("%r was not checked out" % book.title)
        book.borrower.loans.remove(book)
        self.ledger.append((self.day, "in", book.borrower.name, isbn))
        book.borrower = None

    def search(self, text):
        text = text.lower()
        return sorted(b.title for b in self.books.values() if text in b.title.lower() or text in b.author.lower())

    def by_decade(self):
        out = {}
        for b in sorted(self.books.values(), key=lambda b: b.year):
            out.setdefault(b.year // 10 * 10, []).append(b.title)
        return out


lib = Library()
lib.add_book("111", "Dune", "Frank Herbert", 1965)
lib.add_book("222", "Neuromancer", "William Gibson", 1984)
lib.add_book("333", "Foundation", "Isaac Asimov", 1951)
lib.add_book("444", "Hyperion", "Dan Simmons", 1989)
lib.add_book("555", "I, Robot", "Isaac Asimov", 1950)
ann = lib.join("ann")
ben = lib.join("ben", premium=True)
print(ann, ben)
actions = [("ann", "111"), ("ann", "222"), ("ann", "333"), ("ben", "111"), ("ben", "333"), ("ben", "444"), ("ben", "555")]
for name, isbn in actions:
    lib.day += 1
    try:
        lib.checkout(name, isbn)
        print("day", lib.day, name, "borrowed", lib.books[isbn].title)
    except LibraryError as e:
        print("day", lib.day, type(e).__name__ + ":", e)
for b in lib.books.values():
    print(b)
lib.day += 1
lib.checkin("111")
try:
    lib.checkin("111")
except LibraryError as e:
    print(type(e).__name__ + ":", e)
lib.checkout("ben", "111")
print(ann, ben, [b.title for b in ben.loans])
print(lib.search("asimov"), lib.search("ON"))
print(lib.by_decade())
print(lib.ledger[-3:])
try:
    lib.checkout("zed", "111")
except KeyError as e:
    print("KeyError", e)
print(issubclass(NotAvailable, LibraryError), isinstance(LimitReached("x"), Exception))
