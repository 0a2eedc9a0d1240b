# vector: 6 break the judge: rebind str and repr, then fail: the report must still be the real one
# expect: RE
# sandboxes: docker, local
import builtins

builtins.str = lambda *args, **kwargs: "PWNED"
builtins.repr = lambda value: "PWNED"
builtins.format = lambda *args: "PWNED"


def solve(values):
    raise ValueError("an honest failure")
