# vector: 6 break the judge: a result line nested 200 000 deep (recursion in the runner's parser)
# expect: RE
# sandboxes: docker, local
import os

LINE = b"[" * 200_000 + b"\n"


def solve(values):
    for fd in range(3, 256):
        try:
            os.write(fd, LINE)
        except OSError:
            pass
    return sum(values)
