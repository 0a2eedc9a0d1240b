"""Too slow: pure-Python loops over rows and features, and a full sort per test row."""


def knn_predict(X_train, y_train, X_test, k):
    train = X_train.tolist()
    labels = y_train.tolist()
    predictions = []
    for x in X_test.tolist():
        distances = []
        for index, row in enumerate(train):
            total = 0.0
            for a, b in zip(x, row):
                total += (a - b) * (a - b)
            distances.append((total, index))
        distances.sort()
        votes = {}
        for _, index in distances[:k]:
            votes[labels[index]] = votes.get(labels[index], 0) + 1
        best = max(votes.values())
        predictions.append(min(label for label, count in votes.items() if count == best))
    return predictions
