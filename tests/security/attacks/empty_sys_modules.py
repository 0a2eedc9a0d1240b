# vector: 6 break the judge: empty sys.modules (json, plain, child, numpy... all gone)
# expect: AC
# sandboxes: docker, local
import sys

sys.modules.clear()


def solve(values):
    sys.modules.clear()
    return sum(values)
