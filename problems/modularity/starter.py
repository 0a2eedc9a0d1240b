"""Newman's modularity Q of a given partition of an undirected, weighted graph.

Q = sum over communities c of ( L_c / m  -  (D_c / 2m)^2 ): m the total edge weight, L_c the
weight of the edges inside c, D_c the sum of the degrees in c (a self-loop adds 2w to its
node's degree). Edges count as written; no edges: Q = 0.
Allowed imports: the standard library and numpy.
"""

import numpy as np


def modularity(n: int, edges: np.ndarray, weights: np.ndarray, communities: np.ndarray) -> float:
    # Hint: O(E + V) -- never loop over pairs of nodes.
    raise NotImplementedError
