try:
    import shop.payments.beyond
except ImportError as e:
    print(type(e).__name__, e)
import sys

print("shop.payments.beyond" in sys.modules)
