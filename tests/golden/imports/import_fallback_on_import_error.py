try:
    import no_such_fast_json as json_impl
except ImportError:
    json_impl = None
print("fallback used:", json_impl is None)

try:
    from greet import hello_fast as hello
except ImportError:
    from greet import hello
print(hello("Flo"))
