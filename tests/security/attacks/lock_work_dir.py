# vector: 6 break the judge: make the work dir and the directory around it unusable
# expect: AC
# sandboxes: docker, local
# then: control
import os


def solve(values):
    here = os.getcwd()
    os.mkdir("locked")
    os.chmod("locked", 0)
    for path in (here, os.path.dirname(here)):
        try:
            os.chmod(path, 0)
        except OSError:
            pass
    return sum(values)
