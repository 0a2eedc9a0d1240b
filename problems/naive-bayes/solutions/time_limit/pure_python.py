"""Too slow: every statistic and every score in pure-Python loops, element by element."""

import math


def fit_predict(X_train, y_train, X_test, var_smoothing):
    n, d = X_train.shape
    overall = [sum(X_train[i, j] for i in range(n)) / n for j in range(d)]
    largest = max(sum((X_train[i, j] - overall[j]) ** 2 for i in range(n)) / n for j in range(d))
    groups = {}
    for i in range(n):
        groups.setdefault(int(y_train[i]), []).append(i)
    model = []
    for label in sorted(groups):
        rows = groups[label]
        mean = [sum(X_train[i, j] for i in rows) / len(rows) for j in range(d)]
        var = [
            sum((X_train[i, j] - mean[j]) ** 2 for i in rows) / len(rows) + var_smoothing * largest
            for j in range(d)
        ]
        log_norm = math.log(len(rows) / n) - 0.5 * sum(math.log(2 * math.pi * v) for v in var)
        model.append((label, mean, var, log_norm))
    predictions = []
    for t in range(X_test.shape[0]):
        best_label, best_score = None, -math.inf
        for label, mean, var, log_norm in model:
            score = log_norm - 0.5 * sum((X_test[t, j] - mean[j]) ** 2 / var[j] for j in range(d))
            if score > best_score:
                best_label, best_score = label, score
        predictions.append(best_label)
    return predictions
