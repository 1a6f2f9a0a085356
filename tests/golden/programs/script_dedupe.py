class Contact:
    def __init__(self, name, email):
        self.name = name
        self.email = email.lower()
    def __eq__(self, other):
        return isinstance(other, Contact) and self.email == other.email
    def __hash__(self):
        return hash(self.email)
    def __repr__(self):
        return f"Contact({self.name!r}, {self.email!r})"

def main():
    raw = [Contact("Ann", "ann@x.com"), Contact("ANN", "Ann@X.com"), Contact("Bob", "bob@x.com"),
           Contact("Bobby", "BOB@x.com"), Contact("Cy", "cy@x.com")]
    unique = set(raw)
    print(len(unique))
    seen = set()
    deduped = []
    for c in raw:
        if c not in seen:
            seen.add(c)
            deduped.append(c)
    print(deduped)
    index = {}
    for c in raw:
        index.setdefault(c, []).append(c.name)
    print(len(index), sorted(index.values()))
    merged = dict.fromkeys(raw)
    print(len(merged))
    blocked = {Contact("x", "bob@x.com")}
    print([c.name for c in raw if c not in blocked])
    print(len(set(raw) - blocked), len(set(raw) & blocked))

if __name__ == "__main__":
    main()
