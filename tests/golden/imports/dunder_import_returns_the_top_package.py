m = __import__("greet")
print(m.hello("imp"))
top = __import__("shop.pricing")
print(top.__name__, top.pricing.__name__)
leaf = __import__("shop.payments", fromlist=["card"])
print(leaf.__name__, leaf.card.__name__)
try:
    __import__("nowhere_at_all")
except ModuleNotFoundError as e:
    print(e)
