# + concatenation, * repetition, comparisons and membership.
print("ab" + "cd", "ab" * 3, 3 * "x", "x" * 0 == "", "x" * -2 == "")
print("abc" < "abd", "abc" < "ab", "Z" < "a", "" < "a", "abc" == "abc", "a" != "A")
print("b" > "abc", "apple" <= "apple", max("hello"), min("hello"))
s = "ab"
s += "cd"
s *= 2
print(s, len(s))
print(sorted(["banana", "Apple", "cherry", "apple"]))
