# vector: 6 break the judge: rebind len, sorted, min and max in builtins at import time
# expect: AC
# sandboxes: docker, local
import builtins

builtins.len = lambda value: 6
builtins.sorted = lambda *args, **kwargs: ["PWNED"]
builtins.min = builtins.max = lambda *args, **kwargs: -1


def solve(values):
    total = 0
    for value in values:
        total += value
    return total
