# vector: 3 timing: cache answers in /tmp for later tests and samples
# expect: WA
import os

CACHE = "/tmp/.answers"


def solve(values):
    if os.path.exists(CACHE):
        return "PWNED the cache of an earlier test survived"
    with open(CACHE, "w") as cache:
        cache.write(str(sum(values)))
    return -1
