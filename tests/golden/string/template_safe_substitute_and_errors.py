from string import Template
t = Template("Dear $name, you owe ${amount} (ref $ref_1).")
print(t.safe_substitute(name="Ann"))
print(t.safe_substitute({"amount": 5}))
for bad in ["cost $ 5", "a\nb ${1x} c", "$"]:
    try:
        Template(bad).substitute()
    except ValueError as e:
        print(e)
    print(repr(Template(bad).safe_substitute()), Template(bad).is_valid())
