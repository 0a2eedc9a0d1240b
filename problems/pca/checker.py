"""PCA's axes are unique only up to what the statement fixes: the sign (fixed by the rule) and,
where an eigenvalue repeats, the axes themselves (any orthonormal basis of its eigenspace).

So: the explained variance ratios are compared with the reference's within a tolerance. An axis
whose eigenvalue is simple is compared with the reference's axis entry by entry. The axes of a
repeated eigenvalue (including the zero eigenvalue of a rank-deficient X) are accepted when they
are unit vectors, orthogonal to each other, lie in that eigenspace and follow the sign rule;
the eigenspaces are computed here, on the host, from X itself.
"""

import numpy as np

from judge.checkers.base import Check

REPEATED = 1e-8  # eigenvalues closer than this x the largest are one repeated eigenvalue


def check(expected, output, args, options):
    X, n_components = np.asarray(args[0], dtype=np.float64), int(args[1])
    d = X.shape[1]
    atol = float(options.get("atol", 1e-6))
    found = _parse(output, n_components, d)
    if isinstance(found, str):
        return Check(False, found)
    components, ratio = found
    want_components, want_ratio = _parse(expected, n_components, d)

    for i in range(n_components):
        if abs(ratio[i] - want_ratio[i]) > atol * (1.0 + abs(want_ratio[i])):
            return Check(
                False,
                f"explained_variance_ratio[{i}]: expected {want_ratio[i]:.9g}, got {ratio[i]:.9g}",
            )

    groups = _eigenspaces(X)
    for i in range(n_components):
        space = groups[i]
        row = components[i]
        if space.shape[1] == 1:
            worst = int(np.argmax(np.abs(row - want_components[i])))
            if abs(row[worst] - want_components[i][worst]) > atol:
                return Check(
                    False,
                    f"components[{i}]: expected {_short(want_components[i])}, got {_short(row)} "
                    f"(entry {worst} differs)",
                )
            continue
        message = _in_eigenspace(i, row, space, atol)
        if message:
            return Check(False, message)
        for j in range(i):
            if groups[j] is space and abs(float(row @ components[j])) > atol:
                return Check(
                    False,
                    f"components[{j}] and components[{i}] share a repeated eigenvalue but are not "
                    f"orthogonal (dot product {float(row @ components[j]):.3g})",
                )
    return Check(True)


def _in_eigenspace(i, row, space, atol):
    """Why ``row`` is not a valid axis of a repeated eigenvalue whose eigenspace has the
    orthonormal basis ``space`` (columns), or "" when it is one."""
    norm = float(np.linalg.norm(row))
    if abs(norm - 1.0) > atol:
        return f"components[{i}]: expected a unit vector, got norm {norm:.9g}"
    residual = float(np.linalg.norm(row - space @ (space.T @ row)))
    if residual > atol:
        return (
            f"components[{i}]: its eigenvalue repeats ({space.shape[1]} times), so any unit vector "
            f"of that eigenspace is accepted, but this one lies {residual:.3g} away from it"
        )
    magnitude = np.abs(row)
    if float(row.max()) < float(magnitude.max()) - atol:
        return f"components[{i}]: sign rule: its largest-magnitude entry must be positive, got {_short(row)}"
    return ""


def _eigenspaces(X):
    """For each axis position 0..d-1, an orthonormal basis (d x m) of the eigenspace of its
    eigenvalue; positions of one repeated eigenvalue share the same array."""
    centred = X - X.mean(axis=0)
    eigenvalues, eigenvectors = np.linalg.eigh(centred.T @ centred)
    eigenvalues, eigenvectors = eigenvalues[::-1], eigenvectors[:, ::-1]
    tolerance = REPEATED * max(float(eigenvalues[0]), 1e-300)
    groups = []
    start = 0
    for stop in range(1, eigenvalues.size + 1):
        if stop == eigenvalues.size or eigenvalues[stop - 1] - eigenvalues[stop] > tolerance:
            space = eigenvectors[:, start:stop]
            groups.extend([space] * (stop - start))
            start = stop
    return groups


def _parse(value, n_components, d):
    """(components, ratio) as float arrays of shapes (k, d) and (k,), or what is wrong."""
    if not isinstance(value, list) or len(value) != 2:
        return "the result: expected a tuple (components, explained_variance_ratio)"
    parts = []
    for name, raw, shape in (
        ("components", value[0], (n_components, d)),
        ("explained_variance_ratio", value[1], (n_components,)),
    ):
        if isinstance(raw, dict) and "__ndarray__" in raw:
            if not str(raw.get("dtype", "")).startswith(("float", "int", "uint")):
                return f"{name}: expected an array of floats, got dtype {raw.get('dtype')}"
            raw = raw["__ndarray__"]
        if not _numbers_only(raw):
            return f"{name}: expected an array of floats"
        try:
            array = np.asarray(raw, dtype=np.float64)
        except (TypeError, ValueError):
            return f"{name}: expected an array of floats"
        if array.shape != shape:
            return f"{name}: expected shape {shape}, got shape {array.shape}"
        if not np.all(np.isfinite(array)):
            return f"{name}: holds nan or inf"
        parts.append(array)
    return parts[0], parts[1]


def _numbers_only(value):
    """True when ``value`` is a number or a nested list of numbers (no str, bool or None)."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, bool) or not isinstance(item, (int, float)):
            return False
    return True


def _short(row):
    return "[" + ", ".join(f"{value:.6g}" for value in row[:8]) + (", ...]" if row.size > 8 else "]")
