"""Checkers for forward() and backward(), each against the reference within

    |got - want| <= rtol * |want| + atol * s_j        (element by element)

where s_j is the natural size of feature j's values (so a feature of variance 1e-6 next to
one of 1e6 is held to its own scale):

    out[:, j]          |gamma_j| + |beta_j|
    running_mean[j]    |running_mean_j| + |batch mean_j| (inference: |running_mean_j|)
    running_var[j]     running_var_j + unbiased batch variance_j (inference: running_var_j)
    dx[:, j]           |gamma_j| * max_i |dout[i, j]| / sqrt(var_j + eps)
    dgamma[j], dbeta[j]  sum_i |dout[i, j]|

backward() is also checked against finite differences of this module's own training-mode
forward, independently of the reference: with L = sum(out * dout) and a few seeded random
directions v, the central difference (L(p + h v) - L(p - h v)) / 2h must match <grad, v>
within fd_tol times the size of <grad, v> for a random v. For x, v = r * sqrt(var_j + eps)
(r standard normal: a step of h in normalised units, whatever the feature's scale) and
h = 1e-3; L is affine in gamma and beta, so there h = 1 and the difference is exact.
"""

import zlib

import numpy as np

from judge.checkers.base import NDARRAY_KEY, Check


def check_forward(expected, output, args, options):
    x, gamma, beta, running_mean, running_var, _momentum, _eps, training = args
    x = np.asarray(x, dtype=np.float64)
    n, d = x.shape
    if expected is None:
        if output is None:
            return Check(True)
        return Check(False, f"a batch of {n} row in training: expected None, got {_kind(output)}")
    if output is None:
        return Check(False, "the result: expected a tuple (out, running_mean, running_var), got None")
    parts = _parse(output, ("out", "running_mean", "running_var"), ((n, d), (d,), (d,)))
    if isinstance(parts, str):
        return Check(False, parts)
    gamma, beta = np.asarray(gamma, dtype=np.float64), np.asarray(beta, dtype=np.float64)
    running_mean = np.asarray(running_mean, dtype=np.float64)
    running_var = np.asarray(running_var, dtype=np.float64)
    s_mean, s_var = np.abs(running_mean), running_var.copy()
    if training:
        mean, var = _stats(x)
        s_mean = s_mean + np.abs(mean)
        s_var = s_var + var * n / (n - 1)
    scales = (np.broadcast_to(np.abs(gamma) + np.abs(beta), (n, d)), s_mean, s_var)
    return _compare(parts, _parse(expected, ("out", "running_mean", "running_var")), scales, options)


def check_backward(expected, output, args, options):
    dout, x, gamma, eps = (np.asarray(value, dtype=np.float64) for value in args)
    eps = float(eps)
    n, d = x.shape
    parts = _parse(output, ("dx", "dgamma", "dbeta"), ((n, d), (d,), (d,)))
    if isinstance(parts, str):
        return Check(False, parts)
    found = _finite_differences(parts, dout, x, gamma, eps, options)
    if not found.passed:
        return found
    _, var = _stats(x)
    size = np.abs(dout).sum(axis=0)
    dx_scale = np.abs(gamma) * np.abs(dout).max(axis=0) / np.sqrt(var + eps)
    scales = (np.broadcast_to(dx_scale, (n, d)), size, size)
    return _compare(parts, _parse(expected, ("dx", "dgamma", "dbeta")), scales, options)


def _stats(x):
    mean = x.mean(axis=0)
    centred = x - mean
    return mean, (centred * centred).mean(axis=0)


def _out(x, gamma, beta, eps):
    """The checker's own training-mode forward (normalised output only)."""
    mean, var = _stats(x)
    return (x - mean) / np.sqrt(var + eps) * gamma + beta


def _finite_differences(parts, dout, x, gamma, eps, options):
    dx, dgamma, dbeta = parts.values()
    n, d = x.shape
    beta = np.zeros(d)
    tolerance = float(options.get("fd_tol", 1e-4))
    seed = zlib.crc32(x.tobytes()) ^ zlib.crc32(dout.tobytes())
    numbers = np.random.default_rng(seed)
    _, var = _stats(x)
    std = np.sqrt(var + eps)
    h = 1e-3
    for k in range(int(options.get("directions", 3))):
        r = numbers.standard_normal((n, d))
        v = r * std
        with np.errstate(all="ignore"):
            change = (_out(x + h * v, gamma, beta, eps) - _out(x - h * v, gamma, beta, eps)) * dout
        numeric = float(change.sum()) / (2.0 * h)
        analytic = float((dx * v).sum())
        size = float(np.linalg.norm(gamma * dout))
        if not abs(analytic - numeric) <= tolerance * size + 1e-300:
            return Check(
                False,
                f"dx does not match finite differences of the forward along random direction "
                f"{k + 1}: <dx, v> = {analytic:.10g}, (L(x + h v) - L(x - h v)) / 2h = "
                f"{numeric:.10g} with L = sum(out * dout)",
            )
    size = float(np.linalg.norm(dout))
    xhat = _out(x, np.ones(d), beta, eps)
    for name, grad, vary in (("dgamma", dgamma, "gamma"), ("dbeta", dbeta, "beta")):
        v = numbers.standard_normal(d)
        if vary == "gamma":
            change = (xhat * (gamma + v) - xhat * (gamma - v)) * dout
        else:
            change = ((v + beta) - (beta - v)) * dout
        numeric = float(change.sum()) / 2.0
        analytic = float(grad @ v)
        if not abs(analytic - numeric) <= tolerance * size + 1e-300:
            return Check(
                False,
                f"{name} does not match finite differences of the forward along a random "
                f"direction: <{name}, v> = {analytic:.10g}, (L({vary} + v) - L({vary} - v)) / 2 = "
                f"{numeric:.10g} with L = sum(out * dout)",
            )
    return Check(True)


def _compare(parts, wanted, scales, options):
    rtol = float(options.get("rtol", 1e-5))
    atol = float(options.get("atol", 1e-7))
    if isinstance(wanted, str):  # the reference's own output: never malformed
        raise ValueError(f"expected output unreadable: {wanted}")
    for (name, got), want, scale in zip(parts.items(), wanted.values(), scales, strict=True):
        bound = rtol * np.abs(want) + atol * scale
        with np.errstate(invalid="ignore"):
            bad = ~(np.abs(got - want) <= bound)
        if bad.any():
            where = np.unravel_index(int(np.flatnonzero(bad)[0]), got.shape)
            index = ", ".join(str(int(i)) for i in where)
            return Check(
                False,
                f"{name}[{index}]: expected {want[where]!r}, got {got[where]!r} "
                f"(tolerance {bound[where]:.3g}); {int(bad.sum())} of {bad.size} entries differ",
            )
    return Check(True)


def _parse(value, names, shapes=None):
    """{name: float64 array} from a returned tuple, or a message saying what is wrong."""
    what = f"a tuple ({', '.join(names)})"
    if not isinstance(value, list) or len(value) != len(names):
        return f"the result: expected {what}, got {_kind(value)}"
    parts = {}
    for index, (name, raw) in enumerate(zip(names, value, strict=True)):
        if isinstance(raw, dict) and NDARRAY_KEY in raw:
            raw = raw[NDARRAY_KEY]
        try:
            array = np.asarray(raw, dtype=np.float64)
        except (TypeError, ValueError, OverflowError):
            return f"{name}: expected an array of floats"
        if shapes is not None:
            if array.shape != shapes[index]:
                return f"{name}: expected shape {shapes[index]}, got shape {array.shape}"
            if not np.all(np.isfinite(array)):
                bad = np.unravel_index(int(np.flatnonzero(~np.isfinite(array))[0]), array.shape)
                index_text = ", ".join(str(int(i)) for i in bad)
                return f"{name}[{index_text}] is {array[bad]!r}: every value must be finite"
        parts[name] = array
    return parts


def _kind(value):
    if isinstance(value, dict) and NDARRAY_KEY in value:
        return f"an array of shape {tuple(value.get('shape', ()))}"
    if isinstance(value, list):
        return f"{len(value)} items"
    return "None" if value is None else type(value).__name__
