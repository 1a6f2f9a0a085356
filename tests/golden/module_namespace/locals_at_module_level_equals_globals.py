x = 1
print(locals() == globals())
print(locals()["x"], "x" in locals())
