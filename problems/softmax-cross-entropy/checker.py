"""grad() is graded twice: first by directional finite differences of the mean loss
L(Z) = mean_i -log softmax(Z)[i, y_i] (computed here, stably), along a few fixed random
directions V: (L(Z + hV) - L(Z - hV)) / 2h must match sum(G * V); then entry by entry against
the reference within rtol / atol, as the float checker does. The first check explains a wrong
scale (a sum instead of a mean is n times too large along every direction)."""

import numpy as np

from judge.checkers import tolerance
from judge.checkers.base import Check, float_array

DIRECTIONS = 3
STEP = 1e-4


def check_grad(expected, output, args, options):
    floats = {key: options[key] for key in ("rtol", "atol") if key in options}
    Z = np.asarray(args[0], dtype=np.float64)
    y = np.asarray(args[1], dtype=np.int64)
    G = float_array(output)
    if G is None or G.shape != Z.shape:
        return tolerance.check(expected, output, args, floats)  # it names the shape or type
    if not np.all(np.isfinite(G)):
        return Check(False, "the gradient holds nan or inf entries")
    numbers = np.random.default_rng(12345)
    for _ in range(DIRECTIONS):
        V = numbers.standard_normal(Z.shape)
        slope = (loss(Z + STEP * V, y) - loss(Z - STEP * V, y)) / (2 * STEP)
        claimed = float(np.sum(G * V))
        allowed = options.get("fd_rtol", 1e-4) * float(np.sum(np.abs(G * V))) + options.get("fd_atol", 1e-7)
        if abs(slope - claimed) > allowed:
            return Check(
                False,
                f"along a random direction V, finite differences of the mean loss give a slope of "
                f"{slope:.9g}, but sum(grad * V) = {claimed:.9g}",
            )
    return tolerance.check(expected, output, args, floats)


def loss(Z, y):
    shifted = Z - Z.max(axis=1, keepdims=True)
    log_probs = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    return float(-log_probs[np.arange(Z.shape[0]), y].mean())
