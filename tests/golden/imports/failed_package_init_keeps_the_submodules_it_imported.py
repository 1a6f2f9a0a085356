import sys

for attempt in range(2):
    try:
        import halfpkg.good
    except RuntimeError as e:
        print(attempt, "RuntimeError", e)
    print(sorted(k for k in sys.modules if k.startswith("halfpkg")))
