# Wrong arguments to str methods raise CPython's exact TypeError/ValueError messages.
try:
    print("'a'.split(x=1)", '->', repr('a'.split(x=1)))
except Exception as e:
    print("'a'.split(x=1)", '!!', type(e).__name__, e)
try:
    print("'a'.split(',', 1, 2)", '->', repr('a'.split(',', 1, 2)))
except Exception as e:
    print("'a'.split(',', 1, 2)", '!!', type(e).__name__, e)
try:
    print("'a'.split(1)", '->', repr('a'.split(1)))
except Exception as e:
    print("'a'.split(1)", '!!', type(e).__name__, e)
try:
    print("'a'.split(maxsplit='x')", '->', repr('a'.split(maxsplit='x')))
except Exception as e:
    print("'a'.split(maxsplit='x')", '!!', type(e).__name__, e)
try:
    print("'a'.find()", '->', repr('a'.find()))
except Exception as e:
    print("'a'.find()", '!!', type(e).__name__, e)
try:
    print("'a'.find(1)", '->', repr('a'.find(1)))
except Exception as e:
    print("'a'.find(1)", '!!', type(e).__name__, e)
try:
    print("'a'.find('a', 'x')", '->', repr('a'.find('a', 'x')))
except Exception as e:
    print("'a'.find('a', 'x')", '!!', type(e).__name__, e)
try:
    print("'a'.find('a', 1, 2, 3)", '->', repr('a'.find('a', 1, 2, 3)))
except Exception as e:
    print("'a'.find('a', 1, 2, 3)", '!!', type(e).__name__, e)
try:
    print("'a'.find(sub='a')", '->', repr('a'.find(sub='a')))
except Exception as e:
    print("'a'.find(sub='a')", '!!', type(e).__name__, e)
try:
    print("'a'.upper(1)", '->', repr('a'.upper(1)))
except Exception as e:
    print("'a'.upper(1)", '!!', type(e).__name__, e)
try:
    print("'a'.startswith(1)", '->', repr('a'.startswith(1)))
except Exception as e:
    print("'a'.startswith(1)", '!!', type(e).__name__, e)
try:
    print("'a'.startswith((1,))", '->', repr('a'.startswith((1,))))
except Exception as e:
    print("'a'.startswith((1,))", '!!', type(e).__name__, e)
try:
    print("'a'.endswith(1)", '->', repr('a'.endswith(1)))
except Exception as e:
    print("'a'.endswith(1)", '!!', type(e).__name__, e)
try:
    print("'a'.join(1)", '->', repr('a'.join(1)))
except Exception as e:
    print("'a'.join(1)", '!!', type(e).__name__, e)
try:
    print("'a'.join([1])", '->', repr('a'.join([1])))
except Exception as e:
    print("'a'.join([1])", '!!', type(e).__name__, e)
try:
    print("'a'.replace('a')", '->', repr('a'.replace('a')))
except Exception as e:
    print("'a'.replace('a')", '!!', type(e).__name__, e)
try:
    print("'a'.replace(1, 'b')", '->', repr('a'.replace(1, 'b')))
except Exception as e:
    print("'a'.replace(1, 'b')", '!!', type(e).__name__, e)
try:
    print("'a'.replace('a', 1)", '->', repr('a'.replace('a', 1)))
except Exception as e:
    print("'a'.replace('a', 1)", '!!', type(e).__name__, e)
try:
    print("'a'.replace('a','b','c')", '->', repr('a'.replace('a','b','c')))
except Exception as e:
    print("'a'.replace('a','b','c')", '!!', type(e).__name__, e)
try:
    print("'a'.center()", '->', repr('a'.center()))
except Exception as e:
    print("'a'.center()", '!!', type(e).__name__, e)
try:
    print("'a'.center('x')", '->', repr('a'.center('x')))
except Exception as e:
    print("'a'.center('x')", '!!', type(e).__name__, e)
try:
    print("'a'.center(5, 'xy')", '->', repr('a'.center(5, 'xy')))
except Exception as e:
    print("'a'.center(5, 'xy')", '!!', type(e).__name__, e)
try:
    print("'a'.center(5, 1)", '->', repr('a'.center(5, 1)))
except Exception as e:
    print("'a'.center(5, 1)", '!!', type(e).__name__, e)
try:
    print("'a'.zfill('x')", '->', repr('a'.zfill('x')))
except Exception as e:
    print("'a'.zfill('x')", '!!', type(e).__name__, e)
try:
    print("'a'.strip(1)", '->', repr('a'.strip(1)))
except Exception as e:
    print("'a'.strip(1)", '!!', type(e).__name__, e)
try:
    print("'a'.partition('')", '->', repr('a'.partition('')))
except Exception as e:
    print("'a'.partition('')", '!!', type(e).__name__, e)
try:
    print("'a'.partition(1)", '->', repr('a'.partition(1)))
except Exception as e:
    print("'a'.partition(1)", '!!', type(e).__name__, e)
try:
    print("'a'.removeprefix(1)", '->', repr('a'.removeprefix(1)))
except Exception as e:
    print("'a'.removeprefix(1)", '!!', type(e).__name__, e)
try:
    print("'a'.expandtabs('x')", '->', repr('a'.expandtabs('x')))
except Exception as e:
    print("'a'.expandtabs('x')", '!!', type(e).__name__, e)
try:
    print("'a'.splitlines(1.5)", '->', repr('a'.splitlines(1.5)))
except Exception as e:
    print("'a'.splitlines(1.5)", '!!', type(e).__name__, e)
try:
    print("'a'.splitlines(keepends=True)", '->', repr('a'.splitlines(keepends=True)))
except Exception as e:
    print("'a'.splitlines(keepends=True)", '!!', type(e).__name__, e)
try:
    print("'a'.count()", '->', repr('a'.count()))
except Exception as e:
    print("'a'.count()", '!!', type(e).__name__, e)
try:
    print("'a'.index('b')", '->', repr('a'.index('b')))
except Exception as e:
    print("'a'.index('b')", '!!', type(e).__name__, e)
try:
    print("'a'.rindex('b')", '->', repr('a'.rindex('b')))
except Exception as e:
    print("'a'.rindex('b')", '!!', type(e).__name__, e)
try:
    print("'a'.split('')", '->', repr('a'.split('')))
except Exception as e:
    print("'a'.split('')", '!!', type(e).__name__, e)
try:
    print("'a'.rsplit('')", '->', repr('a'.rsplit('')))
except Exception as e:
    print("'a'.rsplit('')", '!!', type(e).__name__, e)
try:
    print("'a'.ljust()", '->', repr('a'.ljust()))
except Exception as e:
    print("'a'.ljust()", '!!', type(e).__name__, e)
try:
    print("'x'.split(maxsplit=-5)", '->', repr('x'.split(maxsplit=-5)))
except Exception as e:
    print("'x'.split(maxsplit=-5)", '!!', type(e).__name__, e)
try:
    print("'a b c'.split(None, -1)", '->', repr('a b c'.split(None, -1)))
except Exception as e:
    print("'a b c'.split(None, -1)", '!!', type(e).__name__, e)
try:
    print("'abc'.find('', 5)", '->', repr('abc'.find('', 5)))
except Exception as e:
    print("'abc'.find('', 5)", '!!', type(e).__name__, e)
try:
    print("'abc'.count('', 2)", '->', repr('abc'.count('', 2)))
except Exception as e:
    print("'abc'.count('', 2)", '!!', type(e).__name__, e)
try:
    print("'abc'.count('', 5)", '->', repr('abc'.count('', 5)))
except Exception as e:
    print("'abc'.count('', 5)", '!!', type(e).__name__, e)
try:
    print("'abc'.startswith('', 4)", '->', repr('abc'.startswith('', 4)))
except Exception as e:
    print("'abc'.startswith('', 4)", '!!', type(e).__name__, e)
try:
    print("'a'.expandtabs(tabsize='x')", '->', repr('a'.expandtabs(tabsize='x')))
except Exception as e:
    print("'a'.expandtabs(tabsize='x')", '!!', type(e).__name__, e)
try:
    print("'a\\tb'.expandtabs(tabsize=4)", '->', repr('a\tb'.expandtabs(tabsize=4)))
except Exception as e:
    print("'a\\tb'.expandtabs(tabsize=4)", '!!', type(e).__name__, e)
try:
    print("'a'.isdigit(1)", '->', repr('a'.isdigit(1)))
except Exception as e:
    print("'a'.isdigit(1)", '!!', type(e).__name__, e)
try:
    print("'abc'.index('', 5)", '->', repr('abc'.index('', 5)))
except Exception as e:
    print("'abc'.index('', 5)", '!!', type(e).__name__, e)
try:
    print("'ab'.ljust(5, 'é')", '->', repr('ab'.ljust(5, 'é')))
except Exception as e:
    print("'ab'.ljust(5, 'é')", '!!', type(e).__name__, e)
