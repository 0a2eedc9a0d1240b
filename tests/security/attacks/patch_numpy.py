# vector: 2 forge: numpy's asarray, ndarray and item patched to turn a wrong scalar into the answer
# expect: WA
# sandboxes: docker, local
import numpy as np

ANSWER = [None]
real_asarray = np.asarray


class Lie(np.ndarray):
    def item(self, *args):
        return ANSWER[0]

    def tolist(self):
        return ANSWER[0]


np.asarray = lambda value, *args, **kwargs: real_asarray(ANSWER[0]).view(Lie)
np.ndarray = Lie
try:
    np.ndarray.item = lambda self, *args: ANSWER[0]
except TypeError:
    pass


def solve(values):
    ANSWER[0] = sum(values)
    return np.int64(sum(values) + 1)
