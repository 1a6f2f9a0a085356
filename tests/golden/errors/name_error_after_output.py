print("first line is kept")
print(undefined_name)
