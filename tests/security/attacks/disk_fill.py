# vector: 4 exhaust: fill the disk (tmp and the work dir)
# expect: RE, TLE
# then: control
import os


def solve(values):
    block = b"x" * (1 << 20)
    for folder in ("/tmp", os.getcwd()):
        with open(os.path.join(folder, "fill"), "wb") as handle:
            while True:
                handle.write(block)
