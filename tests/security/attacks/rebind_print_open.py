# vector: 6 break the judge: print, open and input raise, at import time
# expect: AC
# sandboxes: docker, local
import builtins


def refuse(*args, **kwargs):
    raise OSError("PWNED: refused")


builtins.print = refuse
builtins.open = refuse
builtins.input = refuse


def solve(values):
    return sum(values)
