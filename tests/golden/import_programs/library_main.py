import sys

from library_app.cli import main
from library_app.sample import ARGV, LINES

status = main(ARGV, LINES)
print("status", status, __name__)
sys.exit(status)
