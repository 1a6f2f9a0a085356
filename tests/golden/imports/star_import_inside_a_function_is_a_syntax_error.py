def f():
    from greet import *
