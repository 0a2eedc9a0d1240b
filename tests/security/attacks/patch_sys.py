# vector: 6 break the judge: sys.exit, excepthook, recursion limit and int-to-text cap changed
# expect: AC
# sandboxes: docker, local
import sys


def refuse(*args, **kwargs):
    raise RuntimeError("PWNED: refused")


sys.exit = refuse
sys.excepthook = refuse
sys.unraisablehook = refuse
sys.getrecursionlimit = refuse


def solve(values):
    sys.setrecursionlimit(40)
    sys.set_int_max_str_digits(0)
    return sum(values)
