from greet import hello, Greeter, PUNCT

print(hello("Bo"), PUNCT)
print(Greeter("hey").greet("Cy"))
print("greet" in dir())
