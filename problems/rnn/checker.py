"""Grading of forward() and backward(), part by part.

Every returned array must have the expected shape, be finite, and agree with the reference
element by element: |got - want| <= rtol * |want| + atol * scale, where scale is the largest
|value| of that expected array (1 when it is all zeros), so atol is relative to the scale of
the array (a gradient of size 1e4 is compared to within about 1e-3, one of size 1 to 1e-7).

backward() is also checked against finite differences, with this checker's own forward pass:
for each of X, h0, Wx, Wh and b, a few random unit directions v (seeded by the case), the
central difference (L(p + eps v) - L(p - eps v)) / (2 eps) of L = sum(dH * H) must match the
returned <grad, v> within fd_rtol * ||grad_ref|| plus the rounding noise of the differences.
"""

import hashlib
import math

import numpy as np

from judge.checkers.base import Check

PARTS = ("dX", "dh0", "dWx", "dWh", "db")
# backward(dH, X, h0, Wx, Wh, b): the index in args of the input each gradient belongs to
INPUT_OF = {"dX": 1, "dh0": 2, "dWx": 3, "dWh": 4, "db": 5}
EPS = 2.0**-52
CACHED = 8  # inputs whose finite differences are kept
_differences: dict[str, list[tuple[str, np.ndarray, float, float]]] = {}


def check_forward(expected, output, args, options):
    want = _array(expected)
    got = _array(output)
    if isinstance(got, str):
        return Check(False, f"H: {got}")
    return _compare("H", want, got, options)


def check_backward(expected, output, args, options):
    if isinstance(output, dict) or not isinstance(output, list):
        return Check(False, f"the result: expected a tuple ({', '.join(PARTS)}), got {_kind(output)}")
    if len(output) != len(PARTS):
        return Check(
            False, f"the result: expected a tuple of 5 ({', '.join(PARTS)}), got {len(output)} items"
        )
    grads = {}
    for name, want_raw, got_raw in zip(PARTS, expected, output, strict=True):
        want = _array(want_raw)
        got = _array(got_raw)
        if isinstance(got, str):
            return Check(False, f"{name}: {got}")
        found = _compare(name, want, got, options)
        if not found.passed:
            return found
        grads[name] = got
    return _finite_differences(args, grads, [_array(part) for part in expected], options)


def _compare(name, want, got, options):
    if got.shape != want.shape:
        return Check(False, f"{name}: expected shape {want.shape}, got shape {got.shape}")
    if not np.all(np.isfinite(got)):
        where = tuple(int(i) for i in np.argwhere(~np.isfinite(got))[0])
        return Check(False, f"{name}{list(where)}: expected a finite number, got {float(got[where])}")
    rtol = float(options.get("rtol", 1e-5))
    atol = float(options.get("atol", 1e-7))
    scale = float(np.abs(want).max()) if want.size else 0.0
    scale = scale if scale > 0.0 else 1.0
    error = np.abs(got - want)
    bad = error > rtol * np.abs(want) + atol * scale
    if np.any(bad):
        where = tuple(int(i) for i in np.argwhere(bad)[0])
        return Check(
            False,
            f"{name}{list(where)}: expected {float(want[where])!r}, got {float(got[where])!r} "
            f"(tolerance rtol {rtol:g}, atol {atol:g} x {scale:.3g}, the largest |{name}|)",
        )
    return Check(True)


def forward(X, h0, Wx, Wh, b):
    """The checker's own forward pass: one step at a time, x_t @ Wx + h @ Wh + b."""
    states = np.empty((X.shape[0], X.shape[1], Wh.shape[0]))
    h = h0
    for t in range(X.shape[0]):
        h = np.tanh(X[t] @ Wx + h @ Wh + b)
        states[t] = h
    return states


def _finite_differences(args, grads, reference, options):
    directions = int(options.get("directions", 2))
    fd_rtol = float(options.get("fd_rtol", 1e-5))
    atol = float(options.get("atol", 1e-7))
    digest = hashlib.sha256(repr(directions).encode())
    for a in args:
        digest.update(repr(np.shape(a)).encode() + np.ascontiguousarray(a, dtype=np.float64).tobytes())
    key = digest.hexdigest()
    if key not in _differences:  # the same inputs again (a repeated growth sample): reuse them
        while len(_differences) >= CACHED:
            del _differences[next(iter(_differences))]
        _differences[key] = _measure(args, directions, key)
    for (name, v, slope, noise), want in zip(_differences[key], _repeat(reference, directions), strict=True):
        if grads[name].shape != v.shape:
            return Check(False, f"{name}: expected shape {v.shape} (its input's), got {grads[name].shape}")
        predicted = float(np.sum(grads[name] * v))
        # what the element-wise comparison already allowed, plus the rounding of the differences
        scale = float(np.abs(want).max()) if want.size else 0.0
        allowed = atol * (scale if scale > 0.0 else 1.0) * math.sqrt(want.size)
        tolerance = fd_rtol * float(np.linalg.norm(want)) + allowed + noise
        if not abs(predicted - slope) <= tolerance:
            return Check(
                False,
                f"{name} disagrees with finite differences of L = sum(dH * H): along a random unit "
                f"direction v, <{name}, v> = {predicted:.9g} but (L(+eps v) - L(-eps v)) / (2 eps) = "
                f"{slope:.9g} (tolerance {tolerance:.3g})",
            )
    return Check(True)


def _repeat(reference, directions):
    for part in reference:
        for _ in range(directions):
            yield part


def _measure(args, directions, key):
    """[(part name, unit direction, central difference, its noise bound)], per part and direction."""
    dH = np.asarray(args[0], dtype=np.float64)
    inputs = [np.asarray(a, dtype=np.float64) for a in args[1:]]
    rng = np.random.default_rng(int(key[:16], 16))
    # |L| <= sum|dH| (|tanh| <= 1): each evaluation of L is off by a few ulps of that, and the
    # difference divides it by 2 eps
    size = float(np.abs(dH).sum())
    out = []
    for name in PARTS:
        index = INPUT_OF[name] - 1
        base = inputs[index]
        step = 1e-6 * max(1.0, float(np.abs(base).max()) if base.size else 1.0)
        for _ in range(directions):
            v = rng.normal(size=base.shape)
            v /= max(float(np.linalg.norm(v)), 1e-300)
            values = []
            for sign in (1.0, -1.0):
                moved = list(inputs)
                moved[index] = base + sign * step * v
                values.append(float(np.sum(dH * forward(*moved))))
            slope = (values[0] - values[1]) / (2.0 * step)
            noise = 8.0 * EPS * size / step
            out.append((name, v, slope, noise))
    return out


def _array(value):
    """Plain data -> a float64 array, or a message saying why it is not one."""
    if isinstance(value, dict) and "__ndarray__" in value:
        shape = value.get("shape")
        data = value["__ndarray__"]
    else:
        shape, data = None, value
    if isinstance(data, bool) or not isinstance(data, (list, int, float)):
        return f"expected an array of floats, got {_kind(value)}"
    try:
        array = np.asarray(data, dtype=np.float64)
    except (TypeError, ValueError, OverflowError):
        return "expected a rectangular array of numbers"
    if shape is not None:
        try:
            array = array.reshape(shape)
        except ValueError:
            return f"shape {shape} does not fit {array.size} values"
    return array


def _kind(value):
    if isinstance(value, dict) and "__ndarray__" in value:
        return f"an array of shape {tuple(value.get('shape', ()))}"
    return type(value).__name__
