import sys
import greet
import shop
import shop.cart

here = sys.path[0]
print(greet.__name__, greet.__file__ == here + "/greet.py", repr(greet.__package__))
print(shop.__file__ == here + "/shop/__init__.py", shop.__package__, shop.__path__ == [here + "/shop"])
print(shop.cart.__name__, shop.cart.__package__, hasattr(shop.cart, "__path__"))
print(greet.__doc__)
print(__package__, __name__)
