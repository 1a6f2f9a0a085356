from typing import TypedDict
class Movie(TypedDict):
    name: str
    year: int
m: Movie = {"name": "Blade Runner", "year": 1982}
m2 = Movie(name="Alien", year=1979)
print(m, m2, type(m2).__name__, Movie.__annotations__, sorted(Movie.__required_keys__))
