try:
    import greet.hello
except ModuleNotFoundError as e:
    print(e)
