"""What a candidate sees on the ML problems: shapes, dtypes, forbidden imports, several functions."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli_helpers import run_judge

KNN_WRONG_SHAPE = """
import numpy as np

def knn_predict(X_train, y_train, X_test, k):
    return np.zeros((len(X_test), 1), dtype=np.int64)
"""

KNN_FLOAT_LABELS = """
import numpy as np

def knn_predict(X_train, y_train, X_test, k):
    out = []
    for x in X_test:
        nearest = np.argsort(((X_train - x) ** 2).sum(axis=1), kind="stable")[:k]
        labels, votes = np.unique(y_train[nearest], return_counts=True)
        out.append(float(labels[np.argmax(votes)]))
    return np.array(out)
"""

LOGISTIC_MISSING_FUNCTION = """
import numpy as np

def fit(X, y, l2, lr, epochs):
    return np.zeros(X.shape[1]), 0.0

def predict_probability(X, w, b):
    return 1 / (1 + np.exp(-(X @ w + b)))

def log_loss(X, y, w, b, l2):
    return 0.0
"""


def _submit(capsys, tmp_path: Path, slug: str, source: str, sandbox: str):
    path = tmp_path / "solution.py"
    path.write_text(source)
    return run_judge(capsys, "submit", "--no-complexity", slug, str(path), "--sandbox", sandbox)


@pytest.mark.parametrize("sandbox", ["local", "docker"])
def test_a_wrong_shape_says_expected_and_got(
    sandbox: str, capsys: pytest.CaptureFixture[str], tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    if sandbox == "docker":
        request.getfixturevalue("docker_sandbox")
    ran = _submit(capsys, tmp_path, "knn", KNN_WRONG_SHAPE, sandbox)
    assert ran.code == 1
    flat = " ".join(ran.out.split())
    assert "the result: expected shape (2,), got shape (2, 1)" in flat
    assert "input: X_train=[[0.0, 0.0], [1.0, 0.0], [0.0, 1.0], [5.0, 5.0]]" in flat


def test_float_labels_are_a_wrong_answer(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    ran = _submit(capsys, tmp_path, "knn", KNN_FLOAT_LABELS, "local")
    assert ran.code == 1
    assert "expected integer values, got float64; return ints" in " ".join(ran.out.split())


def test_scikit_learn_is_a_compile_error_that_says_why(capsys: pytest.CaptureFixture[str]) -> None:
    solution = (
        Path(__file__).parents[2] / "problems" / "knn" / "solutions" / "compile_error" / "uses_sklearn.py"
    )
    ran = run_judge(capsys, "submit", "--no-complexity", "knn", str(solution), "--sandbox", "local")
    assert ran.code == 1
    flat = " ".join(ran.out.split())  # the report wraps long lines
    # the problem's allowed imports, named with the line, before anything runs
    assert "solution.py, line 3: imports `sklearn`, which this problem does not allow" in flat
    assert "(allowed: the standard library, numpy)" in flat


def test_every_declared_function_is_required(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    ran = _submit(capsys, tmp_path, "logistic-regression", LOGISTIC_MISSING_FUNCTION, "local")
    assert ran.code == 1
    flat = " ".join(ran.out.split())
    assert "solution.py defines no function `predict_proba`; did you mean `predict_probability`?" in flat
