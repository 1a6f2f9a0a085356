class Bad:
    def __eq__(self, other):
        raise RuntimeError("no comparing")

class K:
    v = 1

try:
    match Bad():
        case K.v:
            print("no")
except RuntimeError as e:
    print("RuntimeError:", e)
