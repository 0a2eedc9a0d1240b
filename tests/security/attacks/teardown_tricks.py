# vector: 6 break the judge: __del__ (on the returned value too), gc callbacks, atexit and finalizers write fake frames
# expect: WA, RE
# sandboxes: docker, local
import atexit
import gc
import os
import weakref

FAKE = b'{"frame": "end", "status": "internal", "message": "PWNED"}\n'


def spray():
    for fd in range(3, 64):
        try:
            os.write(fd, FAKE)
        except OSError:
            pass


class Bomb:
    def __del__(self):
        spray()
        raise SystemExit(3)


def on_collect(phase, info):
    raise KeyboardInterrupt("PWNED: gc callback")


KEEP = [Bomb()]
KEEP.append(KEEP)  # a cycle: only the collector frees it
gc.callbacks.append(on_collect)
atexit.register(spray)
weakref.finalize(KEEP[0], spray)


class Answer(list):
    def __del__(self):
        spray()


class Failure(Exception):
    def __del__(self):
        spray()


def solve(values):
    loop = [Bomb()]
    loop.append(loop)
    del loop
    if not values:
        raise Failure("the empty case fails, and its exception sprays when it is freed")
    return Answer([sum(values)])
