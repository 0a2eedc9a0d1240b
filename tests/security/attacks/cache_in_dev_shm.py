# vector: 3 timing: keep answers in POSIX shared memory (/dev/shm) for later tests
# expect: WA
import os

CACHE = "/dev/shm/answers"


def solve(values):
    if os.path.exists(CACHE):
        return "PWNED shared memory from an earlier test survived"
    try:
        with open(CACHE, "w") as cache:
            cache.write(str(sum(values)))
    except OSError:
        pass
    return -1
