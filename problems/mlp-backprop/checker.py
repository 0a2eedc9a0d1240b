"""step() and train_xor() return (W1, b1, W2, b2, loss or losses). Each part is compared with
the reference's within |got - want| <= atol + rtol * |want| (nan never passes).

On top of that, with the checker's own forward pass:
- step: the gradient the returned weights imply, (old - new) / lr, must agree with central
  finite differences of the loss along random directions: one in (W2, b2) (always smooth,
  the hidden layer does not move) and two in all parameters, off the ReLU kinks (units with
  a pre-activation exactly 0 keep still, and the step is small enough that no other
  pre-activation changes sign; a kink makes a finite difference meaningless);
- train_xor: losses[0] is the loss at the initial weights, and when the reference's final
  network classifies the four XOR points right (p > 0.5 exactly for y = 1), the returned one
  must too (when every one of its logits clears 0 by 1e-3).
"""

from __future__ import annotations

import math

import numpy as np

from judge.checkers.base import NDARRAY_KEY, Check

XOR_X = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
XOR_Y = np.array([0, 1, 1, 0])
NAMES = ("W1", "b1", "W2", "b2")
EPS = np.finfo(np.float64).eps
MARGIN = 1e-3  # the reference's logits must clear 0 by this for the XOR check to apply


def check_step(expected, output, args, options):
    X, y, W1, b1, W2, b2, lr = args
    d, h = np.shape(W1)
    shapes = ((d, h), (h,), (h,), (), ())
    names = (*NAMES, "loss")
    got = _parse(output, names, shapes)
    if isinstance(got, str):
        return Check(False, got)
    want = _parse(expected, names, shapes)
    found = _compare(want, got, names, options)
    if found:
        return Check(False, found)
    lr = float(lr)
    if lr <= 0.0:
        return Check(True)
    start = (np.asarray(W1, float), np.asarray(b1, float), np.asarray(W2, float), float(b2))
    X, y = np.asarray(X, float), np.asarray(y, float)
    loss = _loss(X, y, *start)
    if abs(loss - got[4]) > options["atol"] + options["rtol"] * abs(loss):
        return Check(False, f"loss: the loss at the given weights is {loss!r}, got {got[4]!r}")
    return _directions(X, y, start, got[:4], lr, options)


def check_train(expected, output, args, options):
    W1, b1, W2, b2, _, epochs = args
    h = np.shape(W1)[1]
    shapes = ((2, h), (h,), (h,), (), (int(epochs),))
    names = (*NAMES, "losses")
    got = _parse(output, names, shapes)
    if isinstance(got, str):
        return Check(False, got)
    want = _parse(expected, names, shapes)
    found = _compare(want, got, names, options)
    if found:
        return Check(False, found)
    if epochs > 0:
        first = _loss(XOR_X, XOR_Y, np.asarray(W1, float), np.asarray(b1, float), np.asarray(W2, float), b2)
        if abs(first - got[4][0]) > options["atol"] + options["rtol"] * abs(first):
            return Check(False, f"losses[0]: the loss at the initial weights is {first!r}, got {got[4][0]!r}")
    margins = _logits(XOR_X, *want[:4]) * np.where(XOR_Y == 1, 1.0, -1.0)
    if np.all(margins > MARGIN):
        predicted = _predictions(*got[:4])
        if not np.all(predicted == XOR_Y.astype(bool)):
            found = predicted.astype(int).tolist()
            return Check(False, f"the trained network predicts {found} on XOR, not [0, 1, 1, 0]")
    return Check(True)


def _predictions(W1, b1, W2, b2):
    return _logits(XOR_X, W1, b1, W2, b2) > 0.0


def _logits(X, W1, b1, W2, b2):
    return np.maximum(X @ W1 + b1, 0.0) @ W2 + b2


def _loss(X, y, W1, b1, W2, b2):
    z = _logits(X, W1, b1, W2, b2)
    return float(np.mean(np.logaddexp(0.0, z) - y * z))


def _directions(X, y, start, new, lr, options):
    """Central differences of the loss vs the gradient implied by the returned weights."""
    numbers = np.random.default_rng(12345)
    implied = [(a - b) / lr for a, b in zip(start, new, strict=True)]
    for index in range(3):
        top_only = index == 0
        v = [numbers.standard_normal(np.shape(a)) for a in start]
        if top_only:
            v[0], v[1] = np.zeros_like(v[0]), np.zeros_like(v[1])
        v = [float(a) if np.ndim(a) == 0 else a for a in v]
        size = max(1.0, max(float(np.max(np.abs(a), initial=0.0)) for a in start))
        step = 1e-6 * size
        if not top_only:
            # stay off the ReLU kinks: units with a pre-activation exactly 0 keep still, and
            # the step is small enough that no other pre-activation changes sign
            z1 = X @ start[0] + start[1]
            still = np.any(z1 == 0.0, axis=0)
            v[0][:, still], v[1][still] = 0.0, 0.0
            moved = np.abs(X @ v[0] + v[1])
            room = np.abs(z1)[moved > 0] / moved[moved > 0]
            step = min(step, 0.5 * float(np.min(room, initial=np.inf)))
            if step < 1e-9 * size:
                continue
        upper = _loss(X, y, *[a + step * b for a, b in zip(start, v, strict=True)])
        lower = _loss(X, y, *[a - step * b for a, b in zip(start, v, strict=True)])
        numeric = (upper - lower) / (2.0 * step)
        analytic = sum(float(np.sum(g * b)) for g, b in zip(implied, v, strict=True))
        # what the part tolerance lets the returned weights move, seen through (old - new) / lr
        allowed = (
            sum(
                float(
                    np.sum(np.abs(b) * (options["atol"] + options["rtol"] * np.abs(n) + 4 * EPS * np.abs(a)))
                )
                for a, n, b in zip(start, new, v, strict=True)
            )
            / lr
        )
        magnitude = sum(float(np.sum(np.abs(g * b))) for g, b in zip(implied, v, strict=True))
        rounding = 1e3 * EPS * max(abs(upper), abs(lower), 1.0) / step
        slack = allowed + 1e-5 * (magnitude + abs(numeric)) + rounding
        if not math.isfinite(analytic) or abs(analytic - numeric) > slack:
            where = "(W2, b2)" if top_only else "(W1, b1, W2, b2)"
            return Check(
                False,
                f"the gradient implied by the returned weights, (old - new) / lr, disagrees with "
                f"finite differences of the loss along a random direction in {where}: "
                f"{analytic:.9g} vs {numeric:.9g}",
            )
    return Check(True)


def _compare(want, got, names, options):
    rtol, atol = options["rtol"], options["atol"]
    for name, a, b in zip(names, want, got, strict=True):
        a, b = np.asarray(a, float), np.asarray(b, float)
        with np.errstate(invalid="ignore"):
            bad = ~(np.abs(a - b) <= atol + rtol * np.abs(a))
        bad &= ~((a == b) & np.isinf(a))
        if np.any(bad):
            where = np.unravel_index(int(np.argmax(bad)), a.shape) if a.ndim else ()
            label = name + (f"[{', '.join(str(int(i)) for i in where)}]" if where else "")
            return f"{label}: expected {float(a[where])!r}, got {float(b[where])!r}"
    return None


def _parse(value, names, shapes):
    """The parts as float arrays of the stated shapes (a scalar part as a float), or a message."""
    wanted = ", ".join(names)
    if not isinstance(value, list) or len(value) != len(names):
        return f"the result: expected a tuple ({wanted})"
    parts = []
    for name, item, shape in zip(names, value, shapes, strict=True):
        if isinstance(item, dict) and NDARRAY_KEY in item:
            item = item[NDARRAY_KEY]
        if isinstance(item, bool):
            return f"{name}: expected numbers, got a bool"
        try:
            array = np.asarray(item, dtype=np.float64)
        except (TypeError, ValueError):
            return f"{name}: expected numbers"
        if shape == ():
            if array.size != 1 or array.ndim > 1:
                return f"{name}: expected a float, got shape {array.shape}"
            parts.append(float(array.reshape(())))
            continue
        if array.shape != shape:
            if array.size == 0 and len(shape) == 1 and shape[0] == 0:
                array = array.reshape(shape)
            else:
                return f"{name}: expected shape {shape}, got shape {array.shape}"
        parts.append(array)
    return parts
