def f(x)
    pass
y = 3 +* 2
match x:
    case 1: pass
z := 5
print "hi"
