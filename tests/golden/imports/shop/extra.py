print("shop.extra: running")
EXTRA = "extra"
