print("shop.payments.card: running")
from .. import pricing
from ..pricing import PRICES
from ..cart import Cart as _Cart


def charge(cart):
    return f"charged {cart.total()} for {len(cart.items)} lines ({len(PRICES)} prices known)"


def describe():
    return (__name__, __package__, pricing.__name__)
