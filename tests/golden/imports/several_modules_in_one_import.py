import greet, counter as c, shop.pricing

print(greet.__name__, c.__name__, shop.pricing.__name__)
