# vector: 2 forge: leave early with status 0 before returning anything
# expect: RE
import sys


def solve(values):
    sys.exit(0)
