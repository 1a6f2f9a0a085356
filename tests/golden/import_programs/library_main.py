# coro-test: args --author le
import sys

from library_app.cli import main

status = main(sys.argv, sys.stdin.readlines())
print("status", status, __name__)
sys.exit(status)
