class Seq:
    def __init__(self, data):
        self.data = data
    def __getitem__(self, i):
        print("getitem", i)
        return self.data[i]
s = Seq("abc")
for ch in s:
    print(ch)
print(list(Seq([1, 2])))
print("b" in Seq("abc"))
print("z" in Seq("ab"))
a, b = Seq("xy")
print(a, b)
class Stopper:
    def __getitem__(self, i):
        if i > 2:
            raise StopIteration
        return i * 10
print(list(Stopper()))
class KeyErr:
    def __getitem__(self, i):
        raise KeyError(i)
try:
    list(KeyErr())
except KeyError as e:
    print(type(e).__name__, e)
it = iter(Seq([7]))
print(type(it).__name__)
