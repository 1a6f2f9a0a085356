from shop.cart import Cart
from shop.pricing import PRICES, price_of

c = Cart().add("apple").add("fig", 3)
print(c.total(), sorted(PRICES), price_of("pear"))
