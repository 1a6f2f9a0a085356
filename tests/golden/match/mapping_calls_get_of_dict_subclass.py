class Logged(dict):
    def get(self, key, default=None):
        print("get", repr(key))
        return super().get(key, default)

match Logged(x=1, y=2):
    case {"y": y, "x": x}:
        print(x, y)
