# vector: 6 break the judge: close every fd, the result pipe among them
# expect: RE
# sandboxes: docker, local
import os


def solve(values):
    os.closerange(0, 4096)
    return sum(values)
