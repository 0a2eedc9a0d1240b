"""ArcFace (additive angular margin) logits and loss.

emb: (n, d) float64 embeddings; W: (C, d) float64 class weights, one row per class (as
PyTorch's ArcMarginProduct weight); labels: (n,) int64 in [0, C). Normalise the rows of emb
and of W, cos_theta = their dot products; the true class gets cos(theta + m) where
cos_theta > cos(pi - m), else cos_theta - m * sin(pi - m); every logit is multiplied by s.
Allowed imports: the standard library and numpy.
"""

import numpy as np


def arcface_logits(emb: np.ndarray, W: np.ndarray, labels: np.ndarray, s: float, m: float) -> np.ndarray:
    raise NotImplementedError


def arcface_loss(emb: np.ndarray, W: np.ndarray, labels: np.ndarray, s: float, m: float) -> float:
    raise NotImplementedError
