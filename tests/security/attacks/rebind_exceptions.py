# vector: 6 break the judge: BaseException, Exception, MemoryError... rebound, then a failure
# expect: RE
# sandboxes: docker, local
import builtins

for name in ("BaseException", "Exception", "MemoryError", "ImportError", "TypeError", "KeyError"):
    setattr(builtins, name, None)
builtins.StopIteration = 42


def solve(values):
    raise ValueError("an honest failure")
