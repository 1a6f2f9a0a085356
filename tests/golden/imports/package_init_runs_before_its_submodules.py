import shop.cart

print("script: imported shop.cart")
print(shop.cart.Cart().add("apple", 2).add("pear").total())
