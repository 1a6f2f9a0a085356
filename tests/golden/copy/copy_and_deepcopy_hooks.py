import copy
class Conn:
    def __init__(self, name):
        self.name = name
    def __copy__(self):
        print("__copy__ called")
        return Conn(self.name + "-copy")
    def __deepcopy__(self, memo):
        print("__deepcopy__ called with", type(memo).__name__)
        return Conn(self.name + "-deep")
c = Conn("db")
print(copy.copy(c).name, copy.deepcopy(c).name, copy.deepcopy({"c": c})["c"].name)
class Stateful:
    def __init__(self):
        self.v = 1
    def __setstate__(self, state):
        print("setstate", state)
        self.__dict__.update(state, restored=True)
s = copy.copy(Stateful())
print(s.v, s.restored)
