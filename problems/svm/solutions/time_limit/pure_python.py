"""Too slow: the suggested method with pure-Python loops over the samples and features."""


def fit(X, y, lam, epochs):
    n, d = X.shape
    w, b = [0.0] * d, 0.0
    labels = y.tolist()
    for t in range(1, epochs + 1):
        grad_w, grad_b = [lam * v for v in w], 0.0
        for i in range(n):
            row = X[i].tolist()
            if labels[i] * (sum(a * c for a, c in zip(row, w)) + b) < 1:
                for j in range(d):
                    grad_w[j] -= labels[i] * row[j] / n
                grad_b -= labels[i] / n
        step = 1.0 / (lam * t)
        w = [v - step * g for v, g in zip(w, grad_w)]
        b -= step * grad_b
    return w, b
