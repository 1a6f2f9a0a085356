# A UTF-8 byte order mark at the start of a file is dropped, as CPython does.
print("the mark is not part of the program")
print(len("été"))
