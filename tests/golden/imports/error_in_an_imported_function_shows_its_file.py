import boom

print(boom.explode(2))
print(boom.explode(0))
