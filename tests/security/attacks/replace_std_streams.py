# vector: 6 break the judge: sys.stdout and sys.stderr replaced by objects that raise
# expect: AC
# sandboxes: docker, local
import sys


class Broken:
    def write(self, text):
        raise OSError("PWNED: write")

    def flush(self):
        raise OSError("PWNED: flush")

    def __getattr__(self, name):
        raise OSError("PWNED: " + name)


sys.stdout = sys.stderr = sys.__stdout__ = sys.__stderr__ = Broken()


def solve(values):
    return sum(values)
