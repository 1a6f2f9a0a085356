import textwrap
print(textwrap.wrap("a\tb\tc\nd  e", 6))
print(textwrap.wrap("a\tb\tc\nd  e", 6, replace_whitespace=False, expand_tabs=False))
print(textwrap.wrap("x\ty", 20, tabsize=4))
print(textwrap.wrap("   leading and trailing   ", 10, drop_whitespace=False))
print(textwrap.wrap("One. Two!  Three? four.", 12, fix_sentence_endings=True))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10))
