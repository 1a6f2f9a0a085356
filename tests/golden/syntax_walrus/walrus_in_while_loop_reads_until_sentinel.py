# The loop-and-a-half idiom: read, test and bind in the `while` header.
chunks = iter(["ab", "cd", "", "never"])
while chunk := next(chunks):
    print("chunk", chunk)
print("stopped at", repr(chunk))
