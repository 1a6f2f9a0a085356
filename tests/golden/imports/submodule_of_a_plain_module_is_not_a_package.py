try:
    import greet.sub
except ModuleNotFoundError as e:
    print(e, "|", e.name)
