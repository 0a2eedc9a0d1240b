# vector: 6 break the judge: every import fails from the module's first line on
# expect: AC
# sandboxes: docker, local
import builtins


def refuse(*args, **kwargs):
    raise ImportError("PWNED: no imports")


builtins.__import__ = refuse


def solve(values):
    return sum(values)
