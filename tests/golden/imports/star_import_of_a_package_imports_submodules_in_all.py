from shop import *

print(Cart.__name__, pricing.__name__)
print(pricing.price_of("fig"))
