# A script runs as the module `__main__`, so the usual guard calls main().
def main():
    print("main called from", __name__)

if __name__ == "__main__":
    main()
else:
    print("imported")
