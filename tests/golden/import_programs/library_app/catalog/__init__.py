from .books import Book, parse_line
from .search import by_author, by_decade
