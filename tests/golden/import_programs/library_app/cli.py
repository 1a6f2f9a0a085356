import sys

from .catalog import by_author, by_decade, parse_line


def main(argv, lines):
    books = [parse_line(l) for l in lines if l.strip()]
    print(f"{len(books)} books")
    if len(argv) > 1 and argv[1] == "--author":
        for b in by_author(books, argv[2]):
            print(" ", b, "by", b.author)
    for decade, group in by_decade(books).items():
        print(f"{decade}s: {', '.join(b.title for b in group)}")
    return 0


if __name__ == "__main__":
    print("never: library_app.cli is imported")
