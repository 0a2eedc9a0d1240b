"""Too slow: pure-Python lists, and every split's squared error recomputed over all rows in
every round (O(d n^2) per round in the interpreter)."""


def fit_predict(X, y, X_test, rounds, lr):
    rows, targets, tests = X.tolist(), y.tolist(), X_test.tolist()
    n, d = len(rows), len(rows[0])
    mean = sum(targets) / n
    F = [mean] * n
    out = [mean] * len(tests)
    for _ in range(rounds):
        r = [t - f for t, f in zip(targets, F)]
        scale = sum(v * v for v in r)
        best = None
        for j in range(d):
            values = sorted(set(row[j] for row in rows))
            for a, b in zip(values, values[1:]):
                t = (a + b) / 2
                left = [v for row, v in zip(rows, r) if row[j] <= t]
                right = [v for row, v in zip(rows, r) if row[j] > t]
                ml, mr = sum(left) / len(left), sum(right) / len(right)
                sse = sum((v - ml) ** 2 for v in left) + sum((v - mr) ** 2 for v in right)
                if best is None or sse < best[0] - 1e-9 * scale:
                    best = (sse, j, t, ml, mr)
        if best is None:
            break
        _, j, t, ml, mr = best
        F = [f + lr * (ml if row[j] <= t else mr) for f, row in zip(F, rows)]
        out = [o + lr * (ml if x[j] <= t else mr) for o, x in zip(out, tests)]
    return out
