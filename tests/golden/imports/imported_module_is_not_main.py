import guarded

print("script: __name__ is", __name__)
if __name__ == "__main__":
    print("script: run as a script")
