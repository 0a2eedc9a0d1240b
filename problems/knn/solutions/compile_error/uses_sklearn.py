"""Not allowed: scikit-learn is not in the sandbox (standard library and numpy only)."""

from sklearn.neighbors import KNeighborsClassifier


def knn_predict(X_train, y_train, X_test, k):
    model = KNeighborsClassifier(n_neighbors=k).fit(X_train, y_train)
    return model.predict(X_test)
