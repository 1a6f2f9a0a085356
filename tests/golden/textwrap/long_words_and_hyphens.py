import textwrap
s = "Supercalifragilisticexpialidocious and pneumonoultramicroscopicsilicovolcanoconiosis-like words, e-mail a-b-c"
print(textwrap.wrap(s, 12))
print(textwrap.wrap(s, 12, break_long_words=False))
print(textwrap.wrap(s, 12, break_on_hyphens=False))
print(textwrap.wrap("this-is-a-very-long-hyphenated-word and 1-2-3 and ab-cd e-f --x a--b", 8))
