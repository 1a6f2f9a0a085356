from string import Template
t = Template("$who likes ${what}; $$5 costs $$$amount")
print(t.substitute(who="tim", what="kung pao", amount=3))
print(t.substitute({"who": "ann", "what": "tea", "amount": 1}, who="bob"))
print(t.template, t.get_identifiers(), t.is_valid())
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError", e)
