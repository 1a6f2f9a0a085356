# coro-only: Coro strings are UTF-8 and cannot hold a lone surrogate; python3 runs this file
s = "\ud800"
print(len(s))
