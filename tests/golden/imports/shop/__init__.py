print("shop: init, __name__ =", __name__, "__package__ =", __package__)
from .cart import Cart

__all__ = ["Cart", "pricing"]
