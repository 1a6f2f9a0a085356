import greet
from errors_mod import NotFound

print(greet.hello.__module__, greet.Greeter.__module__, NotFound.__module__)
print(greet.Greeter, NotFound)
print(greet.hello.__qualname__, greet.Greeter.greet.__qualname__)
