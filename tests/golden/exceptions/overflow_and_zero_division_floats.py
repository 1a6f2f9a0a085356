# Float overflow in ** raises OverflowError; division by 0.0 raises ZeroDivisionError.
for f in [lambda: 10.0 ** 400, lambda: 2.0 ** 5000, lambda: 1 / 0.0, lambda: 5 % 0.0, lambda: 0.0 ** -1,
          lambda: float(10 ** 400), lambda: int(float("inf")), lambda: int(float("nan"))]:
    try:
        print(f())
    except (OverflowError, ZeroDivisionError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(10 ** 400 > 0, 1e308 * 10)
