# coro-test: module
print("guarded: __name__ is", __name__)

if __name__ == "__main__":
    print("guarded: run as a script")
else:
    print("guarded: imported")
