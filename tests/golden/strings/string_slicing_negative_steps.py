# Slices with negative steps, omitted bounds, and out-of-range bounds.
s = "abcdefghij"
print(s[::-1], s[::-2], s[-2::-2], s[8:2:-1], s[8:2:-3])
print(s[2:8:2], s[:3], s[7:], s[-3:], s[:-3], s[::3])
print(repr(s[5:2]), repr(s[2:5:-1]), s[-100:100], s[100:], repr(s[-1:-1]))
print(s[:100:-1] == "", s[100::-1], s[-100::-1] == "")
print(s[1:-1:1], s[-1:0:-1], s[::-10], s[::10])
