# str.format with positional, indexed, keyword and spec fields.
print("{} + {} = {}".format(1, 2, 3))
print("{1} {0} {1}".format("a", "b"))
print("{name} is {age}".format(name="Ann", age=30))
print("{:>6}|{:<6}|{:^6}|".format("r", "l", "c"))
print("{:.3f} {:,} {:x} {:08.2f} {:+d}".format(3.14159, 1234567, 255, -3.5, 7))
print("{{literal}} {}".format("x"), "{0!r} {0!s}".format("q"))
print("{:*^9}".format("mid"), "{:%}".format(0.25), "{:e}".format(12345.678))
