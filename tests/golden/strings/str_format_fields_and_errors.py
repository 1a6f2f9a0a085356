# str.format and format_map: numbering, nested specs, attribute/index fields, conversions and every parse error.
try:
    print("'{:>10.3f}|{:<+8d}|{:^#10x}'.format(3.14159, 42, 255)", '->', repr('{:>10.3f}|{:<+8d}|{:^#10x}'.format(3.14159, 42, 255)))
except Exception as e:
    print("'{:>10.3f}|{:<+8d}|{:^#10x}'.format(3.14159, 42, 255)", '!!', type(e).__name__, e)
try:
    print("'{0:{1}.{2}f}'.format(3.14159, 10, 2)", '->', repr('{0:{1}.{2}f}'.format(3.14159, 10, 2)))
except Exception as e:
    print("'{0:{1}.{2}f}'.format(3.14159, 10, 2)", '!!', type(e).__name__, e)
try:
    print("'{:{w}}|'.format('a', w=5)", '->', repr('{:{w}}|'.format('a', w=5)))
except Exception as e:
    print("'{:{w}}|'.format('a', w=5)", '!!', type(e).__name__, e)
try:
    print("'{x[0]} {x[1]}'.format(x=[1,2])", '->', repr('{x[0]} {x[1]}'.format(x=[1,2])))
except Exception as e:
    print("'{x[0]} {x[1]}'.format(x=[1,2])", '!!', type(e).__name__, e)
try:
    print("'{d[key]} {d[1]}'.format(d={'key': 'v', 1: 'one'})", '->', repr('{d[key]} {d[1]}'.format(d={'key': 'v', 1: 'one'})))
except Exception as e:
    print("'{d[key]} {d[1]}'.format(d={'key': 'v', 1: 'one'})", '!!', type(e).__name__, e)
try:
    print("'{0.real} {0.imag}'.format(5)", '->', repr('{0.real} {0.imag}'.format(5)))
except Exception as e:
    print("'{0.real} {0.imag}'.format(5)", '!!', type(e).__name__, e)
try:
    print("'{!a}'.format('ü')", '->', repr('{!a}'.format('ü')))
except Exception as e:
    print("'{!a}'.format('ü')", '!!', type(e).__name__, e)
try:
    print("'{0!r:>10}'.format('x')", '->', repr('{0!r:>10}'.format('x')))
except Exception as e:
    print("'{0!r:>10}'.format('x')", '!!', type(e).__name__, e)
try:
    print("'{:,.2f}'.format(1234567.891)", '->', repr('{:,.2f}'.format(1234567.891)))
except Exception as e:
    print("'{:,.2f}'.format(1234567.891)", '!!', type(e).__name__, e)
try:
    print("'{:_b}'.format(255)", '->', repr('{:_b}'.format(255)))
except Exception as e:
    print("'{:_b}'.format(255)", '!!', type(e).__name__, e)
try:
    print("'{:=+8}'.format(-5)", '->', repr('{:=+8}'.format(-5)))
except Exception as e:
    print("'{:=+8}'.format(-5)", '!!', type(e).__name__, e)
try:
    print("'{:08.3e}'.format(1234.5)", '->', repr('{:08.3e}'.format(1234.5)))
except Exception as e:
    print("'{:08.3e}'.format(1234.5)", '!!', type(e).__name__, e)
try:
    print("'{:g}'.format(1e-7)", '->', repr('{:g}'.format(1e-7)))
except Exception as e:
    print("'{:g}'.format(1e-7)", '!!', type(e).__name__, e)
try:
    print("'{:c}'.format(65)", '->', repr('{:c}'.format(65)))
except Exception as e:
    print("'{:c}'.format(65)", '!!', type(e).__name__, e)
try:
    print("'{:o}'.format(8)", '->', repr('{:o}'.format(8)))
except Exception as e:
    print("'{:o}'.format(8)", '!!', type(e).__name__, e)
try:
    print("'{:n}'.format(1234)", '->', repr('{:n}'.format(1234)))
except Exception as e:
    print("'{:n}'.format(1234)", '!!', type(e).__name__, e)
try:
    print("'{}'.format(None)", '->', repr('{}'.format(None)))
except Exception as e:
    print("'{}'.format(None)", '!!', type(e).__name__, e)
try:
    print("'{}'.format([1, 'a'])", '->', repr('{}'.format([1, 'a'])))
except Exception as e:
    print("'{}'.format([1, 'a'])", '!!', type(e).__name__, e)
try:
    print("'{:>5}'.format(True)", '->', repr('{:>5}'.format(True)))
except Exception as e:
    print("'{:>5}'.format(True)", '!!', type(e).__name__, e)
try:
    print("'{:d}'.format(True)", '->', repr('{:d}'.format(True)))
except Exception as e:
    print("'{:d}'.format(True)", '!!', type(e).__name__, e)
try:
    print("'{:10}'.format(None)", '->', repr('{:10}'.format(None)))
except Exception as e:
    print("'{:10}'.format(None)", '!!', type(e).__name__, e)
try:
    print("'{0}{1}{0}'.format('ab', 'cd')", '->', repr('{0}{1}{0}'.format('ab', 'cd')))
except Exception as e:
    print("'{0}{1}{0}'.format('ab', 'cd')", '!!', type(e).__name__, e)
try:
    print("'{a}{b}'.format_map({'a': 1, 'b': 2})", '->', repr('{a}{b}'.format_map({'a': 1, 'b': 2})))
except Exception as e:
    print("'{a}{b}'.format_map({'a': 1, 'b': 2})", '!!', type(e).__name__, e)
try:
    print("'{}'.format(*range(3))", '->', repr('{}'.format(*range(3))))
except Exception as e:
    print("'{}'.format(*range(3))", '!!', type(e).__name__, e)
try:
    print("'{:.{}}'.format('abcdef', 3)", '->', repr('{:.{}}'.format('abcdef', 3)))
except Exception as e:
    print("'{:.{}}'.format('abcdef', 3)", '!!', type(e).__name__, e)
try:
    print("'{{}} {{{}}}'.format(1)", '->', repr('{{}} {{{}}}'.format(1)))
except Exception as e:
    print("'{{}} {{{}}}'.format(1)", '!!', type(e).__name__, e)
try:
    print("'{0:}'.format('x')", '->', repr('{0:}'.format('x')))
except Exception as e:
    print("'{0:}'.format('x')", '!!', type(e).__name__, e)
try:
    print("'{!s}'.format(1.0)", '->', repr('{!s}'.format(1.0)))
except Exception as e:
    print("'{!s}'.format(1.0)", '!!', type(e).__name__, e)
try:
    print("'{0!s:{1}}'.format(2, 4)", '->', repr('{0!s:{1}}'.format(2, 4)))
except Exception as e:
    print("'{0!s:{1}}'.format(2, 4)", '!!', type(e).__name__, e)
try:
    print("'{:{}{}{}}'.format(3, '*', '^', 7)", '->', repr('{:{}{}{}}'.format(3, '*', '^', 7)))
except Exception as e:
    print("'{:{}{}{}}'.format(3, '*', '^', 7)", '!!', type(e).__name__, e)
try:
    print("'a{0}b{1}c'.format('é', 'ü')", '->', repr('a{0}b{1}c'.format('é', 'ü')))
except Exception as e:
    print("'a{0}b{1}c'.format('é', 'ü')", '!!', type(e).__name__, e)
try:
    print("'é{}ü{}'.format(1, 2)", '->', repr('é{}ü{}'.format(1, 2)))
except Exception as e:
    print("'é{}ü{}'.format(1, 2)", '!!', type(e).__name__, e)
try:
    print("'{ü}'.format(ü=3)", '->', repr('{ü}'.format(ü=3)))
except Exception as e:
    print("'{ü}'.format(ü=3)", '!!', type(e).__name__, e)
try:
    print("'{0[ü]}'.format({'ü': 4})", '->', repr('{0[ü]}'.format({'ü': 4})))
except Exception as e:
    print("'{0[ü]}'.format({'ü': 4})", '!!', type(e).__name__, e)
try:
    print("'{0!'.format(1)", '->', repr('{0!'.format(1)))
except Exception as e:
    print("'{0!'.format(1)", '!!', type(e).__name__, e)
try:
    print("'{0!r}x'.format('é')", '->', repr('{0!r}x'.format('é')))
except Exception as e:
    print("'{0!r}x'.format('é')", '!!', type(e).__name__, e)
try:
    print("'{:%Y}'.format(1)", '->', repr('{:%Y}'.format(1)))
except Exception as e:
    print("'{:%Y}'.format(1)", '!!', type(e).__name__, e)
try:
    print("'a'.format_map()", '->', repr('a'.format_map()))
except Exception as e:
    print("'a'.format_map()", '!!', type(e).__name__, e)
try:
    print("'a'.format_map(1)", '->', repr('a'.format_map(1)))
except Exception as e:
    print("'a'.format_map(1)", '!!', type(e).__name__, e)
try:
    print("'{'.format()", '->', repr('{'.format()))
except Exception as e:
    print("'{'.format()", '!!', type(e).__name__, e)
try:
    print("'}'.format()", '->', repr('}'.format()))
except Exception as e:
    print("'}'.format()", '!!', type(e).__name__, e)
try:
    print("'{0:{'.format(1)", '->', repr('{0:{'.format(1)))
except Exception as e:
    print("'{0:{'.format(1)", '!!', type(e).__name__, e)
try:
    print("'{:{}}'.format(1)", '->', repr('{:{}}'.format(1)))
except Exception as e:
    print("'{:{}}'.format(1)", '!!', type(e).__name__, e)
try:
    print("'{a'.format()", '->', repr('{a'.format()))
except Exception as e:
    print("'{a'.format()", '!!', type(e).__name__, e)
try:
    print("'{0!}'.format(1)", '->', repr('{0!}'.format(1)))
except Exception as e:
    print("'{0!}'.format(1)", '!!', type(e).__name__, e)
try:
    print("'{0!x}'.format(1)", '->', repr('{0!x}'.format(1)))
except Exception as e:
    print("'{0!x}'.format(1)", '!!', type(e).__name__, e)
try:
    print("'{0!rr}'.format(1)", '->', repr('{0!rr}'.format(1)))
except Exception as e:
    print("'{0!rr}'.format(1)", '!!', type(e).__name__, e)
try:
    print("'{} {0}'.format(1)", '->', repr('{} {0}'.format(1)))
except Exception as e:
    print("'{} {0}'.format(1)", '!!', type(e).__name__, e)
try:
    print("'{0} {}'.format(1)", '->', repr('{0} {}'.format(1)))
except Exception as e:
    print("'{0} {}'.format(1)", '!!', type(e).__name__, e)
try:
    print("'{2}'.format(1)", '->', repr('{2}'.format(1)))
except Exception as e:
    print("'{2}'.format(1)", '!!', type(e).__name__, e)
try:
    print("'{x}'.format(1)", '->', repr('{x}'.format(1)))
except Exception as e:
    print("'{x}'.format(1)", '!!', type(e).__name__, e)
try:
    print("'{0[1]}'.format([1])", '->', repr('{0[1]}'.format([1])))
except Exception as e:
    print("'{0[1]}'.format([1])", '!!', type(e).__name__, e)
try:
    print("'{0.foo}'.format(1)", '->', repr('{0.foo}'.format(1)))
except Exception as e:
    print("'{0.foo}'.format(1)", '!!', type(e).__name__, e)
try:
    print("'{0[}'.format(1)", '->', repr('{0[}'.format(1)))
except Exception as e:
    print("'{0[}'.format(1)", '!!', type(e).__name__, e)
try:
    print("'{0.}'.format(1)", '->', repr('{0.}'.format(1)))
except Exception as e:
    print("'{0.}'.format(1)", '!!', type(e).__name__, e)
try:
    print("'{0[]}'.format(1)", '->', repr('{0[]}'.format(1)))
except Exception as e:
    print("'{0[]}'.format(1)", '!!', type(e).__name__, e)
try:
    print("'{0]}'.format(1)", '->', repr('{0]}'.format(1)))
except Exception as e:
    print("'{0]}'.format(1)", '!!', type(e).__name__, e)
try:
    print("'{:{:{}}}'.format(1,2,3)", '->', repr('{:{:{}}}'.format(1,2,3)))
except Exception as e:
    print("'{:{:{}}}'.format(1,2,3)", '!!', type(e).__name__, e)
try:
    print("'{!r:}'.format(1)", '->', repr('{!r:}'.format(1)))
except Exception as e:
    print("'{!r:}'.format(1)", '!!', type(e).__name__, e)
try:
    print("'{0!r'.format(1)", '->', repr('{0!r'.format(1)))
except Exception as e:
    print("'{0!r'.format(1)", '!!', type(e).__name__, e)
try:
    print("'{0:x'.format(1)", '->', repr('{0:x'.format(1)))
except Exception as e:
    print("'{0:x'.format(1)", '!!', type(e).__name__, e)
try:
    print("'{0}}'.format(1)", '->', repr('{0}}'.format(1)))
except Exception as e:
    print("'{0}}'.format(1)", '!!', type(e).__name__, e)
try:
    print("'{}'.format_map({})", '->', repr('{}'.format_map({})))
except Exception as e:
    print("'{}'.format_map({})", '!!', type(e).__name__, e)
try:
    print("'{x}'.format_map({'x':1})", '->', repr('{x}'.format_map({'x':1})))
except Exception as e:
    print("'{x}'.format_map({'x':1})", '!!', type(e).__name__, e)
try:
    print("'{0}'.format_map({})", '->', repr('{0}'.format_map({})))
except Exception as e:
    print("'{0}'.format_map({})", '!!', type(e).__name__, e)
try:
    print("'{0[0]x}'.format([1])", '->', repr('{0[0]x}'.format([1])))
except Exception as e:
    print("'{0[0]x}'.format([1])", '!!', type(e).__name__, e)
try:
    print("'{0.real[0]}'.format(1)", '->', repr('{0.real[0]}'.format(1)))
except Exception as e:
    print("'{0.real[0]}'.format(1)", '!!', type(e).__name__, e)
try:
    print("'{.real}'.format(2)", '->', repr('{.real}'.format(2)))
except Exception as e:
    print("'{.real}'.format(2)", '!!', type(e).__name__, e)
try:
    print("'{0[-1]}'.format([1,2])", '->', repr('{0[-1]}'.format([1,2])))
except Exception as e:
    print("'{0[-1]}'.format([1,2])", '!!', type(e).__name__, e)
try:
    print("'{0[a b]}'.format({'a b':3})", '->', repr('{0[a b]}'.format({'a b':3})))
except Exception as e:
    print("'{0[a b]}'.format({'a b':3})", '!!', type(e).__name__, e)
try:
    print("'{:s}'.format(1)", '->', repr('{:s}'.format(1)))
except Exception as e:
    print("'{:s}'.format(1)", '!!', type(e).__name__, e)
try:
    print("'{!s:>5}'.format(1)", '->', repr('{!s:>5}'.format(1)))
except Exception as e:
    print("'{!s:>5}'.format(1)", '!!', type(e).__name__, e)
try:
    print("'{:d}'.format('a')", '->', repr('{:d}'.format('a')))
except Exception as e:
    print("'{:d}'.format('a')", '!!', type(e).__name__, e)
try:
    print("'{0[01]}'.format({'01':1})", '->', repr('{0[01]}'.format({'01':1})))
except Exception as e:
    print("'{0[01]}'.format({'01':1})", '!!', type(e).__name__, e)
try:
    print("'{0[1]}'.format({'1':1})", '->', repr('{0[1]}'.format({'1':1})))
except Exception as e:
    print("'{0[1]}'.format({'1':1})", '!!', type(e).__name__, e)
try:
    print("'x'.format(1, a=2)", '->', repr('x'.format(1, a=2)))
except Exception as e:
    print("'x'.format(1, a=2)", '!!', type(e).__name__, e)
try:
    print("'{0:}'.format(1)", '->', repr('{0:}'.format(1)))
except Exception as e:
    print("'{0:}'.format(1)", '!!', type(e).__name__, e)
try:
    print("'{0:>{1}}'.format(1, 'x')", '->', repr('{0:>{1}}'.format(1, 'x')))
except Exception as e:
    print("'{0:>{1}}'.format(1, 'x')", '!!', type(e).__name__, e)
try:
    print("'{:{}}'.format('a', '>5')", '->', repr('{:{}}'.format('a', '>5')))
except Exception as e:
    print("'{:{}}'.format('a', '>5')", '!!', type(e).__name__, e)
try:
    print("'{0!a}'.format('é')", '->', repr('{0!a}'.format('é')))
except Exception as e:
    print("'{0!a}'.format('é')", '!!', type(e).__name__, e)
try:
    print("'{0:%s}'.format(1)", '->', repr('{0:%s}'.format(1)))
except Exception as e:
    print("'{0:%s}'.format(1)", '!!', type(e).__name__, e)
try:
    print("'{a.b.c}'.format(a=1)", '->', repr('{a.b.c}'.format(a=1)))
except Exception as e:
    print("'{a.b.c}'.format(a=1)", '!!', type(e).__name__, e)
try:
    print("'{ 0 }'.format(1)", '->', repr('{ 0 }'.format(1)))
except Exception as e:
    print("'{ 0 }'.format(1)", '!!', type(e).__name__, e)
try:
    print("'{0 }'.format(1)", '->', repr('{0 }'.format(1)))
except Exception as e:
    print("'{0 }'.format(1)", '!!', type(e).__name__, e)
try:
    print("'{-1}'.format(1)", '->', repr('{-1}'.format(1)))
except Exception as e:
    print("'{-1}'.format(1)", '!!', type(e).__name__, e)
try:
    print("'{0[0][1]}'.format([[1,2]])", '->', repr('{0[0][1]}'.format([[1,2]])))
except Exception as e:
    print("'{0[0][1]}'.format([[1,2]])", '!!', type(e).__name__, e)
try:
    print("'{:{}{}}'.format(1, '>', 5)", '->', repr('{:{}{}}'.format(1, '>', 5)))
except Exception as e:
    print("'{:{}{}}'.format(1, '>', 5)", '!!', type(e).__name__, e)
try:
    print("'{{{0}}}'.format(1)", '->', repr('{{{0}}}'.format(1)))
except Exception as e:
    print("'{{{0}}}'.format(1)", '!!', type(e).__name__, e)
try:
    print("'{0:{{}}}'.format(1)", '->', repr('{0:{{}}}'.format(1)))
except Exception as e:
    print("'{0:{{}}}'.format(1)", '!!', type(e).__name__, e)
try:
    print("'{0:}}'.format(1)", '->', repr('{0:}}'.format(1)))
except Exception as e:
    print("'{0:}}'.format(1)", '!!', type(e).__name__, e)
try:
    print("'{:}}'.format(1)", '->', repr('{:}}'.format(1)))
except Exception as e:
    print("'{:}}'.format(1)", '!!', type(e).__name__, e)
try:
    print("'x{}'.format()", '->', repr('x{}'.format()))
except Exception as e:
    print("'x{}'.format()", '!!', type(e).__name__, e)
try:
    print("'{:}'.format()", '->', repr('{:}'.format()))
except Exception as e:
    print("'{:}'.format()", '!!', type(e).__name__, e)
try:
    print("'{a}'.format_map([])", '->', repr('{a}'.format_map([])))
except Exception as e:
    print("'{a}'.format_map([])", '!!', type(e).__name__, e)
