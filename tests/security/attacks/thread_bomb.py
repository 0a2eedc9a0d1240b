# vector: 4 exhaust: a thread bomb
# expect: RE, TLE
# then: control
import threading
import time


def solve(values):
    while True:
        threading.Thread(target=time.sleep, args=(60,), daemon=True).start()
