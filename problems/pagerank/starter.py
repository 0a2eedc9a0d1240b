"""PageRank by power iteration on a directed edge list (nodes 0..n-1).

Links count as written (duplicates twice, self-loops too); dangling nodes' rank is spread
evenly over all n nodes; start uniform; stop after the first update whose L1 change is
<= tol (return that update's ranks and its number, counting from 1), or after max_iter.
Allowed imports: the standard library and numpy.
"""

import numpy as np


def pagerank(n: int, edges: np.ndarray, damping: float, tol: float, max_iter: int) -> tuple[np.ndarray, int]:
    # Hint: O(n + E) per update -- np.bincount(targets, weights=..., minlength=n).
    raise NotImplementedError
