# str methods on non-ASCII text: code point indices, case mappings, character classes, padding, splitting.
try:
    print("'a b  c '.split(None, 1)", '->', repr('a b  c '.split(None, 1)))
except Exception as e:
    print("'a b  c '.split(None, 1)", '!!', type(e).__name__, e)
try:
    print("'  a b c'.rsplit(None, 1)", '->', repr('  a b c'.rsplit(None, 1)))
except Exception as e:
    print("'  a b c'.rsplit(None, 1)", '!!', type(e).__name__, e)
try:
    print("'a,b,c'.rsplit(',', 1)", '->', repr('a,b,c'.rsplit(',', 1)))
except Exception as e:
    print("'a,b,c'.rsplit(',', 1)", '!!', type(e).__name__, e)
try:
    print("'a,b,c'.split(sep=',', maxsplit=1)", '->', repr('a,b,c'.split(sep=',', maxsplit=1)))
except Exception as e:
    print("'a,b,c'.split(sep=',', maxsplit=1)", '!!', type(e).__name__, e)
try:
    print("'a,b'.split(',', -1)", '->', repr('a,b'.split(',', -1)))
except Exception as e:
    print("'a,b'.split(',', -1)", '!!', type(e).__name__, e)
try:
    print("'a\\x1cb\\x85c'.split()", '->', repr('a\x1cb\x85c'.split()))
except Exception as e:
    print("'a\\x1cb\\x85c'.split()", '!!', type(e).__name__, e)
try:
    print("'a\\x0bb\\x1cc\\u2028d\\r\\ne'.splitlines()", '->', repr('a\x0bb\x1cc\u2028d\r\ne'.splitlines()))
except Exception as e:
    print("'a\\x0bb\\x1cc\\u2028d\\r\\ne'.splitlines()", '!!', type(e).__name__, e)
try:
    print("'a\\r\\nb\\r'.splitlines(True)", '->', repr('a\r\nb\r'.splitlines(True)))
except Exception as e:
    print("'a\\r\\nb\\r'.splitlines(True)", '!!', type(e).__name__, e)
try:
    print("'a\\n'.splitlines(keepends=1)", '->', repr('a\n'.splitlines(keepends=1)))
except Exception as e:
    print("'a\\n'.splitlines(keepends=1)", '!!', type(e).__name__, e)
try:
    print("'x'.splitlines(False)", '->', repr('x'.splitlines(False)))
except Exception as e:
    print("'x'.splitlines(False)", '!!', type(e).__name__, e)
try:
    print("'ΣΑΣ ΣΑΣ'.lower()", '->', repr('ΣΑΣ ΣΑΣ'.lower()))
except Exception as e:
    print("'ΣΑΣ ΣΑΣ'.lower()", '!!', type(e).__name__, e)
try:
    print("'ΣΑΣ'.swapcase()", '->', repr('ΣΑΣ'.swapcase()))
except Exception as e:
    print("'ΣΑΣ'.swapcase()", '!!', type(e).__name__, e)
try:
    print("'ß straße'.upper()", '->', repr('ß straße'.upper()))
except Exception as e:
    print("'ß straße'.upper()", '!!', type(e).__name__, e)
try:
    print("'ß ǆemal ﬁre'.title()", '->', repr('ß ǆemal ﬁre'.title()))
except Exception as e:
    print("'ß ǆemal ﬁre'.title()", '!!', type(e).__name__, e)
try:
    print("'ǆemal'.capitalize()", '->', repr('ǆemal'.capitalize()))
except Exception as e:
    print("'ǆemal'.capitalize()", '!!', type(e).__name__, e)
try:
    print("'ßa'.capitalize()", '->', repr('ßa'.capitalize()))
except Exception as e:
    print("'ßa'.capitalize()", '!!', type(e).__name__, e)
try:
    print("'HELLO wORLD'.capitalize()", '->', repr('HELLO wORLD'.capitalize()))
except Exception as e:
    print("'HELLO wORLD'.capitalize()", '!!', type(e).__name__, e)
try:
    print("'Straße ΣΑΣ ﬁ İ ı ǰ'.casefold()", '->', repr('Straße ΣΑΣ ﬁ İ ı ǰ'.casefold()))
except Exception as e:
    print("'Straße ΣΑΣ ﬁ İ ı ǰ'.casefold()", '!!', type(e).__name__, e)
try:
    print("'hello World'.swapcase()", '->', repr('hello World'.swapcase()))
except Exception as e:
    print("'hello World'.swapcase()", '!!', type(e).__name__, e)
try:
    print('"they\'re bill\'s friends".title()', '->', repr("they're bill's friends".title()))
except Exception as e:
    print('"they\'re bill\'s friends".title()', '!!', type(e).__name__, e)
try:
    print("'3pm-x_y z9a'.title()", '->', repr('3pm-x_y z9a'.title()))
except Exception as e:
    print("'3pm-x_y z9a'.title()", '!!', type(e).__name__, e)
try:
    print("'Hello World'.istitle()", '->', repr('Hello World'.istitle()))
except Exception as e:
    print("'Hello World'.istitle()", '!!', type(e).__name__, e)
try:
    print("'Hello world'.istitle()", '->', repr('Hello world'.istitle()))
except Exception as e:
    print("'Hello world'.istitle()", '!!', type(e).__name__, e)
try:
    print("'HELLO'.istitle()", '->', repr('HELLO'.istitle()))
except Exception as e:
    print("'HELLO'.istitle()", '!!', type(e).__name__, e)
try:
    print("''.istitle()", '->', repr(''.istitle()))
except Exception as e:
    print("''.istitle()", '!!', type(e).__name__, e)
try:
    print("'A1 B2'.istitle()", '->', repr('A1 B2'.istitle()))
except Exception as e:
    print("'A1 B2'.istitle()", '!!', type(e).__name__, e)
try:
    print("'ǅ'.isupper()", '->', repr('ǅ'.isupper()))
except Exception as e:
    print("'ǅ'.isupper()", '!!', type(e).__name__, e)
try:
    print("'ǅ'.istitle()", '->', repr('ǅ'.istitle()))
except Exception as e:
    print("'ǅ'.istitle()", '!!', type(e).__name__, e)
try:
    print("'abc'.isidentifier()", '->', repr('abc'.isidentifier()))
except Exception as e:
    print("'abc'.isidentifier()", '!!', type(e).__name__, e)
try:
    print("'_x1'.isidentifier()", '->', repr('_x1'.isidentifier()))
except Exception as e:
    print("'_x1'.isidentifier()", '!!', type(e).__name__, e)
try:
    print("'1x'.isidentifier()", '->', repr('1x'.isidentifier()))
except Exception as e:
    print("'1x'.isidentifier()", '!!', type(e).__name__, e)
try:
    print("''.isidentifier()", '->', repr(''.isidentifier()))
except Exception as e:
    print("''.isidentifier()", '!!', type(e).__name__, e)
try:
    print("'é_ü'.isidentifier()", '->', repr('é_ü'.isidentifier()))
except Exception as e:
    print("'é_ü'.isidentifier()", '!!', type(e).__name__, e)
try:
    print("'a-b'.isidentifier()", '->', repr('a-b'.isidentifier()))
except Exception as e:
    print("'a-b'.isidentifier()", '!!', type(e).__name__, e)
try:
    print("'class'.isidentifier()", '->', repr('class'.isidentifier()))
except Exception as e:
    print("'class'.isidentifier()", '!!', type(e).__name__, e)
try:
    print("'abc\\n'.isprintable()", '->', repr('abc\n'.isprintable()))
except Exception as e:
    print("'abc\\n'.isprintable()", '!!', type(e).__name__, e)
try:
    print("''.isprintable()", '->', repr(''.isprintable()))
except Exception as e:
    print("''.isprintable()", '!!', type(e).__name__, e)
try:
    print("'é ü'.isprintable()", '->', repr('é ü'.isprintable()))
except Exception as e:
    print("'é ü'.isprintable()", '!!', type(e).__name__, e)
try:
    print("'\\xa0'.isprintable()", '->', repr('\xa0'.isprintable()))
except Exception as e:
    print("'\\xa0'.isprintable()", '!!', type(e).__name__, e)
try:
    print("'\\u200b'.isprintable()", '->', repr('\u200b'.isprintable()))
except Exception as e:
    print("'\\u200b'.isprintable()", '!!', type(e).__name__, e)
try:
    print("'²'.isdigit()", '->', repr('²'.isdigit()))
except Exception as e:
    print("'²'.isdigit()", '!!', type(e).__name__, e)
try:
    print("'²'.isdecimal()", '->', repr('²'.isdecimal()))
except Exception as e:
    print("'²'.isdecimal()", '!!', type(e).__name__, e)
try:
    print("'Ⅻ'.isnumeric()", '->', repr('Ⅻ'.isnumeric()))
except Exception as e:
    print("'Ⅻ'.isnumeric()", '!!', type(e).__name__, e)
try:
    print("'Ⅻ'.isalpha()", '->', repr('Ⅻ'.isalpha()))
except Exception as e:
    print("'Ⅻ'.isalpha()", '!!', type(e).__name__, e)
try:
    print("'一二'.isnumeric()", '->', repr('一二'.isnumeric()))
except Exception as e:
    print("'一二'.isnumeric()", '!!', type(e).__name__, e)
try:
    print("'नमस्ते'.isalpha()", '->', repr('नमस्ते'.isalpha()))
except Exception as e:
    print("'नमस्ते'.isalpha()", '!!', type(e).__name__, e)
try:
    print("'日本語'.isalpha()", '->', repr('日本語'.isalpha()))
except Exception as e:
    print("'日本語'.isalpha()", '!!', type(e).__name__, e)
try:
    print("'abc123'.isalnum()", '->', repr('abc123'.isalnum()))
except Exception as e:
    print("'abc123'.isalnum()", '!!', type(e).__name__, e)
try:
    print("'½'.isalnum()", '->', repr('½'.isalnum()))
except Exception as e:
    print("'½'.isalnum()", '!!', type(e).__name__, e)
try:
    print("'é'.isascii()", '->', repr('é'.isascii()))
except Exception as e:
    print("'é'.isascii()", '!!', type(e).__name__, e)
try:
    print("''.isascii()", '->', repr(''.isascii()))
except Exception as e:
    print("''.isascii()", '!!', type(e).__name__, e)
try:
    print("' \\t\\x1f'.isspace()", '->', repr(' \t\x1f'.isspace()))
except Exception as e:
    print("' \\t\\x1f'.isspace()", '!!', type(e).__name__, e)
try:
    print("''.isspace()", '->', repr(''.isspace()))
except Exception as e:
    print("''.isspace()", '!!', type(e).__name__, e)
try:
    print("'abc'.center(6)", '->', repr('abc'.center(6)))
except Exception as e:
    print("'abc'.center(6)", '!!', type(e).__name__, e)
try:
    print("'abc'.center(7, '*')", '->', repr('abc'.center(7, '*')))
except Exception as e:
    print("'abc'.center(7, '*')", '!!', type(e).__name__, e)
try:
    print("'ab'.center(5)", '->', repr('ab'.center(5)))
except Exception as e:
    print("'ab'.center(5)", '!!', type(e).__name__, e)
try:
    print("'ab'.center(6)", '->', repr('ab'.center(6)))
except Exception as e:
    print("'ab'.center(6)", '!!', type(e).__name__, e)
try:
    print("'a'.center(4)", '->', repr('a'.center(4)))
except Exception as e:
    print("'a'.center(4)", '!!', type(e).__name__, e)
try:
    print("'é'.center(5, 'ü')", '->', repr('é'.center(5, 'ü')))
except Exception as e:
    print("'é'.center(5, 'ü')", '!!', type(e).__name__, e)
try:
    print("'x'.rjust(-3)", '->', repr('x'.rjust(-3)))
except Exception as e:
    print("'x'.rjust(-3)", '!!', type(e).__name__, e)
try:
    print("'-'.zfill(3)", '->', repr('-'.zfill(3)))
except Exception as e:
    print("'-'.zfill(3)", '!!', type(e).__name__, e)
try:
    print("'+'.zfill(3)", '->', repr('+'.zfill(3)))
except Exception as e:
    print("'+'.zfill(3)", '!!', type(e).__name__, e)
try:
    print("''.zfill(2)", '->', repr(''.zfill(2)))
except Exception as e:
    print("''.zfill(2)", '!!', type(e).__name__, e)
try:
    print("'é'.zfill(3)", '->', repr('é'.zfill(3)))
except Exception as e:
    print("'é'.zfill(3)", '!!', type(e).__name__, e)
try:
    print("'a.b.c'.rpartition('.')", '->', repr('a.b.c'.rpartition('.')))
except Exception as e:
    print("'a.b.c'.rpartition('.')", '!!', type(e).__name__, e)
try:
    print("'abc'.partition('b')", '->', repr('abc'.partition('b')))
except Exception as e:
    print("'abc'.partition('b')", '!!', type(e).__name__, e)
try:
    print("'héllo wörld'.rpartition('ö')", '->', repr('héllo wörld'.rpartition('ö')))
except Exception as e:
    print("'héllo wörld'.rpartition('ö')", '!!', type(e).__name__, e)
try:
    print("'TestCase'.removeprefix('Test')", '->', repr('TestCase'.removeprefix('Test')))
except Exception as e:
    print("'TestCase'.removeprefix('Test')", '!!', type(e).__name__, e)
try:
    print("'TestCase'.removesuffix('Case')", '->', repr('TestCase'.removesuffix('Case')))
except Exception as e:
    print("'TestCase'.removesuffix('Case')", '!!', type(e).__name__, e)
try:
    print("'abc'.removeprefix('')", '->', repr('abc'.removeprefix('')))
except Exception as e:
    print("'abc'.removeprefix('')", '!!', type(e).__name__, e)
try:
    print("'a\\tbc\\td\\n\\tx'.expandtabs()", '->', repr('a\tbc\td\n\tx'.expandtabs()))
except Exception as e:
    print("'a\\tbc\\td\\n\\tx'.expandtabs()", '!!', type(e).__name__, e)
try:
    print("'a\\tb'.expandtabs(0)", '->', repr('a\tb'.expandtabs(0)))
except Exception as e:
    print("'a\\tb'.expandtabs(0)", '!!', type(e).__name__, e)
try:
    print("'12345\\t6'.expandtabs(4)", '->', repr('12345\t6'.expandtabs(4)))
except Exception as e:
    print("'12345\\t6'.expandtabs(4)", '!!', type(e).__name__, e)
try:
    print("'héllo'.find('l', 3)", '->', repr('héllo'.find('l', 3)))
except Exception as e:
    print("'héllo'.find('l', 3)", '!!', type(e).__name__, e)
try:
    print("'héllo'.rfind('l', 0, 3)", '->', repr('héllo'.rfind('l', 0, 3)))
except Exception as e:
    print("'héllo'.rfind('l', 0, 3)", '!!', type(e).__name__, e)
try:
    print("'héllo'.index('o', -2)", '->', repr('héllo'.index('o', -2)))
except Exception as e:
    print("'héllo'.index('o', -2)", '!!', type(e).__name__, e)
try:
    print("'héllo'.count('l', -3, -1)", '->', repr('héllo'.count('l', -3, -1)))
except Exception as e:
    print("'héllo'.count('l', -3, -1)", '!!', type(e).__name__, e)
try:
    print("'aaa'.count('a', None, None)", '->', repr('aaa'.count('a', None, None)))
except Exception as e:
    print("'aaa'.count('a', None, None)", '!!', type(e).__name__, e)
try:
    print("'abc'.find('c', -100, 100)", '->', repr('abc'.find('c', -100, 100)))
except Exception as e:
    print("'abc'.find('c', -100, 100)", '!!', type(e).__name__, e)
try:
    print("'héllo'.startswith('é', 1)", '->', repr('héllo'.startswith('é', 1)))
except Exception as e:
    print("'héllo'.startswith('é', 1)", '!!', type(e).__name__, e)
try:
    print("'héllo'.endswith('l', 0, -1)", '->', repr('héllo'.endswith('l', 0, -1)))
except Exception as e:
    print("'héllo'.endswith('l', 0, -1)", '!!', type(e).__name__, e)
try:
    print("'héllo'.startswith(('x', 'hé'))", '->', repr('héllo'.startswith(('x', 'hé'))))
except Exception as e:
    print("'héllo'.startswith(('x', 'hé'))", '!!', type(e).__name__, e)
try:
    print("'a'.startswith(('a', 1))", '->', repr('a'.startswith(('a', 1))))
except Exception as e:
    print("'a'.startswith(('a', 1))", '!!', type(e).__name__, e)
try:
    print("'a'.startswith(('b', 1))", '->', repr('a'.startswith(('b', 1))))
except Exception as e:
    print("'a'.startswith(('b', 1))", '!!', type(e).__name__, e)
try:
    print("'abc'.replace('', '-', 2)", '->', repr('abc'.replace('', '-', 2)))
except Exception as e:
    print("'abc'.replace('', '-', 2)", '!!', type(e).__name__, e)
try:
    print("'abc'.replace('b', 'BB', 0)", '->', repr('abc'.replace('b', 'BB', 0)))
except Exception as e:
    print("'abc'.replace('b', 'BB', 0)", '!!', type(e).__name__, e)
try:
    print("'aaa'.replace('a', 'b', -1)", '->', repr('aaa'.replace('a', 'b', -1)))
except Exception as e:
    print("'aaa'.replace('a', 'b', -1)", '!!', type(e).__name__, e)
try:
    print("'-'.join(('a', 'b'))", '->', repr('-'.join(('a', 'b'))))
except Exception as e:
    print("'-'.join(('a', 'b'))", '!!', type(e).__name__, e)
try:
    print("'-'.join({'x': 1, 'y': 2})", '->', repr('-'.join({'x': 1, 'y': 2})))
except Exception as e:
    print("'-'.join({'x': 1, 'y': 2})", '!!', type(e).__name__, e)
try:
    print("''.join(iter(['a','b']))", '->', repr(''.join(iter(['a','b']))))
except Exception as e:
    print("''.join(iter(['a','b']))", '!!', type(e).__name__, e)
