try:
    import broken_syntax
except SyntaxError as e:
    print(type(e).__name__, e)
    print(e.msg, e.lineno, e.filename.endswith("broken_syntax.py"))
import sys

print("broken_syntax" in sys.modules)
