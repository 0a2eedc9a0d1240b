# vector: 3 timing: keep answers in /var/tmp (world-writable on the image's disk) for later tests
# expect: WA
import os

CACHE = "/var/tmp/.answers"


def solve(values):
    if os.path.exists(CACHE):
        return "PWNED a file from an earlier test survived in /var/tmp"
    try:
        with open(CACHE, "w") as cache:
            cache.write(str(sum(values)))
    except OSError:
        pass
    return -1
