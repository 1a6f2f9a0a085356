from shop import pricing, cart
from shop.payments import card

print(pricing.__name__, cart.__name__, card.__name__)
import shop

print(shop.pricing is pricing, shop.payments.card is card)
