from contextlib import ExitStack, contextmanager
@contextmanager
def res(name):
    print("open", name)
    yield name
    print("close", name)
with ExitStack() as stack:
    names = [stack.enter_context(res(n)) for n in "abc"]
    stack.callback(print, "callback", 1)
    print("using", names)
stack = ExitStack()
stack.enter_context(res("x"))
later = stack.pop_all()
print("popped")
later.close()
try:
    ExitStack().enter_context(3)
except TypeError as e:
    print(e)
