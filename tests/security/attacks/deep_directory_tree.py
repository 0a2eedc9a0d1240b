# vector: 6 break the judge: a directory tree 1200 deep (recursion and PATH_MAX in clean-up)
# expect: AC
# sandboxes: docker, local
# then: control
import os


def solve(values):
    for _ in range(1200):
        os.mkdir("d")
        os.chdir("d")
    return sum(values)
