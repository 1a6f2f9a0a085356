import sys

for attempt in range(2):
    try:
        import fails_once
    except ValueError as e:
        print("attempt", attempt, e)
    print("fails_once" in sys.modules)
