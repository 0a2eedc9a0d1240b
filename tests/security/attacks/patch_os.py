# vector: 6 break the judge: os.write swallows, os._exit returns, os.getpid lies, os.close refuses
# expect: AC
# sandboxes: docker, local
import os

os.write = lambda fd, data: len(data)
os._exit = lambda status: None
os.getpid = lambda: 1
os.close = lambda fd: None
os.kill = lambda pid, sig: None


def solve(values):
    return sum(values)
