# vector: 5 reach out: leave a daemon behind that outlives the test (and marks the next one)
# expect: WA
# then: control
import os
import time

MARK = "/tmp/daemon-was-here"


def solve(values):
    for _ in range(100):  # a daemon of an earlier test would rewrite its mark within 10 ms
        if os.path.exists(MARK):
            return "PWNED a daemon from an earlier test is still writing"
        time.sleep(0.001)
    if os.fork() == 0:
        os.setsid()
        if os.fork() == 0:
            while True:
                with open(MARK, "a") as mark:
                    mark.write("x")
                time.sleep(0.01)
        os._exit(0)
    time.sleep(0.05)
    return -1
