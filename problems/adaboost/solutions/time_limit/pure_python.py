"""Too slow: pure-Python lists, and every stump's weighted error recounted over all rows in
every round (O(d n^2) per round in the interpreter)."""

import math


def fit_predict(X, y, X_test, rounds):
    rows, labels, tests = X.tolist(), y.tolist(), X_test.tolist()
    n, d = len(rows), len(rows[0])
    weights = [1.0 / n] * n
    score = [0.0] * len(tests)
    for _ in range(rounds):
        best = None
        for j in range(d):
            values = sorted(set(row[j] for row in rows))
            thresholds = [-math.inf] + [(a + b) / 2 for a, b in zip(values, values[1:])]
            for t in thresholds:
                for s in (1, -1):
                    err = 0.0
                    for row, label, w in zip(rows, labels, weights):
                        if (s if row[j] > t else -s) != label:
                            err += w
                    if best is None or err < best[0] - 1e-10:
                        best = (err, j, t, s)
        err, j, t, s = best
        if err <= 1e-10:
            return [s if x[j] > t else -s for x in tests]
        alpha = 0.5 * math.log((1 - err) / err)
        for i, x in enumerate(tests):
            score[i] += alpha * (s if x[j] > t else -s)
        weights = [w * math.exp(-alpha * label * (s if row[j] > t else -s)) for row, label, w in zip(rows, labels, weights)]
        total = sum(weights)
        weights = [w / total for w in weights]
    return [1 if f >= -1e-9 else -1 for f in score]
