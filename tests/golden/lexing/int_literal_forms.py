# Integer literals: decimal, hex, octal, binary, underscores, case of prefixes.
print(0, 7, 1234567890)
print(0x1F, 0XfF, 0o17, 0O777, 0b1011, 0B1)
print(1_000_000, 0x_ff_ff, 0o_7_7, 0b_1010_1010)
print(00, 0_0)
print(123456789012345678901234567890)
print(-0x10, +0b11, ~0o7)
