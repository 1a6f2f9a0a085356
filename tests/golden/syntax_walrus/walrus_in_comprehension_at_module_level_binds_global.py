# At module level, a `:=` in a comprehension binds a global.
squares = [(sq := i * i) for i in range(5)]
print(squares, sq)
def read_sq():
    return sq
print(read_sq())
