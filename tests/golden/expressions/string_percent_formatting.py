# printf-style % formatting with tuples, dicts, widths and flags.
print("%s and %s" % ("a", "b"), "%d%%" % 50, "%5d|%-5d|%05d" % (42, 42, 42))
print("%.2f %10.3f %e %g" % (3.14159, 2.5, 12345.678, 0.0001))
print("%x %X %o %#x %c %r %s" % (255, 255, 8, 255, 65, "q", None))
print("%(name)s is %(age)d" % {"name": "Bo", "age": 7}, "%s" % [1, 2], "%s" % (1,))
print("%+d % d %i" % (5, 5, -3), "%.3s" % "abcdef", "%*d" % (5, 1))
