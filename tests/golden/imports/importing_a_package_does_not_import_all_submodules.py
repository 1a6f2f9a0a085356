import shop

print(hasattr(shop, "extra"))
import shop.extra

print(hasattr(shop, "extra"), shop.extra.EXTRA)
