try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from no_such_module_here import thing
except ImportError as e:
    print(isinstance(e, ModuleNotFoundError), e)
print(issubclass(ModuleNotFoundError, ImportError))
