# vector: 2 forge: os._exit(0) from inside the call
# expect: RE
import os


def solve(values):
    os._exit(0)
