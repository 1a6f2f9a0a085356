# Nested blocks with varying indentation widths; dedent to several levels at once.
def f(n):
  if n > 0:
        for i in range(n):
                if i % 2:
                 print("odd", i)
                else:
                   print("even", i)
  else:
     print("none")
  return n
print(f(3))
f(0)
if True:
    if True:
        if True:
            print("deep")
print("out")
