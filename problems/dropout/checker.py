"""backward() is graded twice: first by directional finite differences of L(x) = sum(forward(x)
* dout), forward computed here (inverted dropout with the case's p, u and training), along a
few fixed random directions V: (L(x + hV) - L(x - hV)) / 2h must match sum(dx * V) (dropout is
linear in x, so the difference quotient is exact for any x and h: x = 0, h = 1 here); then
entry by entry against the reference within rtol / atol, as the float checker does."""

import numpy as np

from judge.checkers import tolerance
from judge.checkers.base import Check, float_array

DIRECTIONS = 3


def check_backward(expected, output, args, options):
    floats = {key: options[key] for key in ("rtol", "atol") if key in options}
    dout = np.asarray(args[0], dtype=np.float64)
    p, u, training = float(args[1]), np.asarray(args[2], dtype=np.float64), bool(args[3])
    dx = float_array(output)
    if dx is None or dx.shape != dout.shape:
        return tolerance.check(expected, output, args, floats)  # it names the shape or type
    if not np.all(np.isfinite(dx)):
        return Check(False, "the gradient holds nan or inf entries")
    numbers = np.random.default_rng(12345)
    for _ in range(DIRECTIONS):
        V = numbers.standard_normal(dout.shape)
        ahead = float(np.sum(forward(V, p, u, training) * dout))
        behind = float(np.sum(forward(-V, p, u, training) * dout))
        slope = (ahead - behind) / 2.0
        claimed = float(np.sum(dx * V))
        allowed = options.get("fd_rtol", 1e-6) * float(np.sum(np.abs(dx * V))) + options.get("fd_atol", 1e-9)
        if abs(slope - claimed) > allowed:
            return Check(
                False,
                f"along a random direction V, finite differences of sum(forward(x) * dout) give a "
                f"slope of {slope:.9g}, but sum(dx * V) = {claimed:.9g}",
            )
    return tolerance.check(expected, output, args, floats)


def forward(x, p, u, training):
    if not training:
        return x
    if p >= 1.0:
        return np.zeros_like(x)
    return np.where(u >= p, x / (1.0 - p), 0.0)
