import sys


def main():
    try:
        print("in main")
        sys.exit(0)
    finally:
        print("cleanup")


main()
print("never")
