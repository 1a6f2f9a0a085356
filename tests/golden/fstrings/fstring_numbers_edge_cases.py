# Format specs on negative zero, rounding halves, big ints and zero padding with signs.
print(f"{-0.0:.2f} {-0.001:.2f} {0.125:.2f} {0.375:.2f} {2.5:.0f} {-2.5:.0f}")
print(f"{10**25:,} {-10**25:_} {2**64:x} {2**64:e}")
print(f"{-5:05d} {5:+05d} {-5.5:+08.2f} {0:+} {-0:+}")
print(f"{1e-10:f} {123456789.0:.3e} {0.000123:.2g} {1234.0:.2g} {100:g} {1e16:g}")
