class A(Exception): pass
class B(A): pass
class C(B): pass
def which(exc):
    try:
        raise exc
    except C:
        return "C handler"
    except B:
        return "B handler"
    except A:
        return "A handler"
print(which(C()), which(B()), which(A()))
def base_first(exc):
    try:
        raise exc
    except A:
        return "A first"
    except C:
        return "C unreachable"
print(base_first(C()))
def else_finally(fail):
    out = []
    try:
        if fail:
            raise B("b")
        out.append("try")
    except A as e:
        out.append("except " + type(e).__name__)
    else:
        out.append("else")
    finally:
        out.append("finally")
    return out
print(else_finally(False), else_finally(True))
