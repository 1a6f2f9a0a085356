from shop.payments.card import describe, charge
from shop import Cart

print(describe())
print(charge(Cart().add("pear", 2)))
