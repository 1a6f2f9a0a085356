import sys

for code in [0, 2, "message", None, (1, 2)]:
    try:
        sys.exit(code)
    except SystemExit as e:
        print(repr(e.code), e.args)
try:
    sys.exit()
except SystemExit as e:
    print(repr(e.code), e.args)
try:
    sys.exit(1)
except Exception:
    print("not an Exception")
except BaseException as e:
    print("a BaseException:", type(e).__name__)
