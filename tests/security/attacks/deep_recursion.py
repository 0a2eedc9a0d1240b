# vector: 4 exhaust: unbounded recursion with the recursion limit lifted (a C stack overflow)
# expect: RE, MLE, TLE
import sys


def solve(values):
    sys.setrecursionlimit(10**8)

    def down(n):
        return down(n + 1) + 1

    return down(0)
