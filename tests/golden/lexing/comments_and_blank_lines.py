# A comment on its own line.

x = 1  # trailing comment
    # an indented comment line does not start a block

if x:  # comment after colon
    # comment inside block

    y = 2   # blank line above is ignored
    print("y =", y)
# comment at column 0 between statements
print("x =", x)  # "strings" in comments are ignored: '''
s = "# not a comment"
print(s)
