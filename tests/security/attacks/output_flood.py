# vector: 4 exhaust: flood stdout and stderr
# expect: OLE
import sys


def solve(values):
    while True:
        sys.stdout.write("x" * 65536)
        sys.stderr.write("y" * 65536)
