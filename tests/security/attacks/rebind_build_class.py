# vector: 6 break the judge: no class can be made any more once the module is loaded
# expect: AC
# sandboxes: docker, local
import builtins


def refuse(*args, **kwargs):
    raise TypeError("PWNED: no classes")


builtins.__build_class__ = refuse


def solve(values):
    return sum(values)
