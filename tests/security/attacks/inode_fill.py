# vector: 4 exhaust: run the file system out of inodes
# expect: RE, TLE
# then: control
import os


def solve(values):
    os.makedirs("/tmp/inodes", exist_ok=True)
    count = 0
    while True:
        open(f"/tmp/inodes/{count}", "w").close()
        count += 1
