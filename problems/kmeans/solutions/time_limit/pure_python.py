"""Too slow: every distance and every mean in pure-Python loops."""


def kmeans(X, init_centroids, max_iter, tol):
    points = X.tolist()
    centroids = init_centroids.tolist()
    for _ in range(max_iter):
        labels = [_nearest(p, centroids) for p in points]
        sums = [[0.0] * len(c) for c in centroids]
        counts = [0] * len(centroids)
        for p, j in zip(points, labels):
            counts[j] += 1
            for axis, value in enumerate(p):
                sums[j][axis] += value
        new = [
            [s / counts[j] for s in sums[j]] if counts[j] else list(centroids[j]) for j in range(len(centroids))
        ]
        shift = max(sum((a - b) ** 2 for a, b in zip(n, c)) ** 0.5 for n, c in zip(new, centroids))
        centroids = new
        if shift <= tol:
            break
    return centroids, [_nearest(p, centroids) for p in points]


def _nearest(point, centroids):
    best, best_j = float("inf"), 0
    for j, c in enumerate(centroids):
        d = sum((a - b) ** 2 for a, b in zip(point, c))
        if d < best:
            best, best_j = d, j
    return best_j
