# vector: 4 exhaust: crash the interpreter with ctypes
# expect: RE
import ctypes


def solve(values):
    ctypes.memset(0, 1, 1)
