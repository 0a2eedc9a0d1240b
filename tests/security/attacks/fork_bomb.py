# vector: 4 exhaust: a fork bomb
# expect: RE, TLE
# then: control
import os


def solve(values):
    while True:
        try:
            os.fork()
        except OSError:
            pass
