"""Tools for counting.

The second paragraph."""
print(repr(__doc__))
def read_doc():
    return __doc__.splitlines()[0]
print(read_doc())
