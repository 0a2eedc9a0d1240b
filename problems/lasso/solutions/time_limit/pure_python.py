"""Too slow: coordinate descent with pure-Python loops over the rows for every coordinate
update (the residual kept as a Python list)."""


def fit(X, y, alpha, max_iter, tol):
    n, d = X.shape
    means = [float(m) for m in X.mean(axis=0)]
    y_mean = sum(y.tolist()) / n
    r = [v - y_mean for v in y.tolist()]
    z = []
    for j in range(d):
        column = X[:, j].tolist()
        z.append(sum((v - means[j]) ** 2 for v in column) / n)
    w = [0.0] * d
    for _ in range(max_iter):
        change = 0.0
        for j in range(d):
            if z[j] == 0:
                continue
            column = [v - means[j] for v in X[:, j].tolist()]
            rho = sum(a * b for a, b in zip(column, r)) / n + z[j] * w[j]
            if rho > alpha:
                new = (rho - alpha) / z[j]
            elif rho < -alpha:
                new = (rho + alpha) / z[j]
            else:
                new = 0.0
            delta = new - w[j]
            if delta:
                for i in range(n):
                    r[i] -= column[i] * delta
            change = max(change, abs(delta))
            w[j] = new
        if change <= tol:
            break
    return w, y_mean - sum(m * c for m, c in zip(means, w))
