# vector: 6 break the judge: a long double array (its tolist gives numpy scalars, not floats)
# expect: WA
# sandboxes: docker, local
import numpy as np


def solve(values):
    return np.array([sum(values)], dtype=np.longdouble)
