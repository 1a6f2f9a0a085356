try:
    import shop.nothing
except ModuleNotFoundError as e:
    print(e, "|", e.name)
try:
    from shop import nothing
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
