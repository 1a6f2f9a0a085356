import shop.payments.card

print("shop" in dir(), "payments" in dir(), "card" in dir())
print(shop.payments.card.__name__)
print(shop.payments.__name__, shop.payments.card.charge(shop.Cart().add("fig")))
