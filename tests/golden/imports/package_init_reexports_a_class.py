import shop
from shop.cart import Cart

print(shop.Cart is Cart)
print(type(Cart()).__module__, Cart.__qualname__)
print(Cart)
