# Escape sequences in ordinary string literals.
print("tab:\t|")
print("newline:\nnext")
print("quote: \" and \' and \\")
print('single \'quoted\'')
print("hex \x41\x62 octal \101\142 end")
print("unicode \u00e9 \U0001F600 \N{GREEK SMALL LETTER ALPHA}")
print(len("\x00\t\n\r\\"))
print(repr("a\tb\nc\\d'e"))
print("line \
continuation")
