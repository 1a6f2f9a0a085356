import sys

try:
    import far_away
except ImportError as e:
    print(e)
sys.path.append(sys.path[0] + "/extra")
import far_away

print(far_away.WHERE)
