import greet

print(greet.hello("world"))
print(greet.Greeter("hi").greet("Ann"))
print(greet.PUNCT, greet.__name__)
