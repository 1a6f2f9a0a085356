def f(x)
    pass
y = 3 +* 2
match x:
    case -x: pass
z := 5
print "hi"
