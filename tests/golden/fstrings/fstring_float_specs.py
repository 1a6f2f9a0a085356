# Fixed, exponent, general and percent specs on floats.
x = 1234.5678
print(f"{x:.2f} {x:.0f} {x:10.1f}| {x:<10.1f}| {x:08.3f} {-x:010.2f}")
print(f"{x:e} {x:.2e} {x:E} {x:g} {x:.3g} {0.00001234:g} {1e20:g}")
print(f"{0.5:%} {0.256:.1%} {1:.0%}")
print(f"{2.5:.0f} {3.5:.0f} {0.125:.2f} {-0.0:.1f} {1e16:.1f}")
print(f"{x:+.1f} {x: .1f} {-x: .1f} {x:,.2f} {1234567.891:_.1f}")
print(f"{float('inf'):.2f} {float('nan'):5}|{3.0:g} {3.0:}")
