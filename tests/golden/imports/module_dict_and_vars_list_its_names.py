import greet

names = [k for k in vars(greet) if not k.startswith("__")]
print(sorted(names))
print(greet.__dict__["PUNCT"], vars(greet)["hello"] is greet.hello)
print([n for n in dir(greet) if not n.startswith("__")])
