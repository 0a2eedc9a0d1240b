# vector: 3 timing: burn the CPU in threads (their time is the process's)
# expect: TLE
import threading


def spin():
    while True:
        pass


def solve(values):
    for _ in range(4):
        threading.Thread(target=spin, daemon=True).start()
    threading.Event().wait(5)
    return sum(values)
