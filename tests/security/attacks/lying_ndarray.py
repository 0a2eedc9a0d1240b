# vector: 2 forge: a numpy.ndarray subclass whose comparisons and tolist lie
# expect: WA
import numpy as np


class Lie(np.ndarray):
    def __eq__(self, other):
        return True

    def tolist(self):
        return 6

    def item(self):
        return 6


def solve(values):
    return np.array([sum(values) + 1]).view(Lie)[0:1]
