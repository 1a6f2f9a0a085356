# Triple-quoted strings keep newlines and unescaped quotes.
s = """first line
second "quoted" line
third 'line'"""
print(s)
print(len(s.splitlines()))
t = '''a
  indented
b'''
print(t)
u = """\
no leading newline\
"""
print(repr(u))
print("""x""" + '''y''')
