# Rust's formatter stops at a precision of 65535; Python's does not.
for spec in [".70000f", ".65536e", ".100000g", ".70000%", "#.70000g", ".70000"]:
    s = format(1.5, spec)
    print(spec, len(s), s[:8], s[-6:])
print(len(f"{2.5:.99999f}"), len("{:.70000e}".format(1e300)))
print(len("%.70000f" % 0.1), ("%.70000e" % 0.1)[-5:])
print(format(1 / 3, ".1100f")[-4:], format(2.0 ** -1074, ".1100f")[-6:])
try:
    format(1.5, ".2147483648f")
except ValueError as e:
    print("ValueError", e)
