# join uses the separator between items; replace with a count.
print(", ".join(["a", "b", "c"]), "".join(["x", "y"]), "-".join("abc"), "+".join([]))
print("-".join([str(i) for i in range(5)]), "".join([]) == "")
print("aaaa".replace("a", "b"), "aaaa".replace("a", "b", 2), "abc".replace("", "-"))
print("hello".replace("l", ""), "hello".replace("xyz", "q"), "aaa".replace("aa", "b"))
try:
    ",".join(["a", 1])
except TypeError as e:
    print("TypeError:", e)
