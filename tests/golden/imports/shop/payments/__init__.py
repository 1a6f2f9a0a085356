print("shop.payments: init")
