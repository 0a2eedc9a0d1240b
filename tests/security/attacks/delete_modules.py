# vector: 6 break the judge: delete the runner's modules from sys.modules, and poison their names
# expect: AC
# sandboxes: docker, local
import sys


class Poison:
    def __getattr__(self, name):
        raise RuntimeError("PWNED: " + name)


def solve(values):
    for name in ("json", "plain", "child", "sealed", "supervise", "runner", "os", "traceback", "numpy"):
        sys.modules.pop(name, None)
    for name in ("json", "json.encoder", "_json", "plain", "child", "traceback", "linecache", "inspect"):
        sys.modules[name] = Poison()
    return sum(values)
