import textwrap
code = """
    def f():
        return 1
   
    x = 2
"""
print(repr(textwrap.dedent(code)))
print(repr(textwrap.dedent("\t  a\n\t b\n\tc")), repr(textwrap.dedent("  a\n b")), repr(textwrap.dedent("no indent\n  x")))
print(repr(textwrap.indent("a\n\nb\n  \nc", "> ")))
print(textwrap.indent("a\nb\n", "+ ", lambda line: True), end="")
