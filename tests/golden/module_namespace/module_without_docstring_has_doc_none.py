# Only a string literal as the first statement is a docstring.
x = 1
"too late to be a docstring"
print(__doc__)
