import shop.payments.card as card

print(card.__name__, "shop" in dir())
print(card.describe())
