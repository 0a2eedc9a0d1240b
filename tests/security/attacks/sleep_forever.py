# vector: 4 exhaust: sleep forever (no CPU: only the wall clock stops it)
# expect: TLE
import time


def solve(values):
    time.sleep(10**6)
