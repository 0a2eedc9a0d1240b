"""Several functions per problem, typed array parameters, and arrays on the wire."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from judge.backends import wire
from judge.errors import ProblemError
from judge.models import ArraySpec, Visibility
from judge.package import cases, problems


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_shipped_ml_packages_load_with_their_functions() -> None:
    knn = problems.load("knn")
    assert [f.name for f in knn.functions] == ["knn_predict"]
    assert knn.entry_point.arrays["X_train"] == ArraySpec("float64", 2)
    logistic = problems.load("logistic-regression")
    assert [f.name for f in logistic.functions] == ["fit", "predict_proba", "log_loss"]
    assert logistic.checker_for("fit").name == "custom"
    assert logistic.checker_for("fit").options == {"function": "check_fit", "rtol": 1e-6}
    assert logistic.checker_for("predict_proba").options == {"rtol": 0.0, "atol": 1e-6}
    called = {case.function for case in logistic.cases}
    assert called == {"fit", "predict_proba", "log_loss"}
    for problem in (knn, logistic, problems.load("kmeans")):
        hidden = [case for case in problem.cases if case.visibility is Visibility.HIDDEN]
        assert len(hidden) >= 25, problem.slug


def test_case_arrays_become_typed_numpy_arrays() -> None:
    problem = problems.load("knn")
    empty = next(case for case in problem.cases if case.name == "n-test-zero")
    X_train, y_train, X_test, k = empty.args or ()
    assert X_train.dtype == np.float64 and X_train.shape == (2, 3)
    assert y_train.dtype == np.int64 and X_test.shape == (0, 3) and k == 1


@pytest.mark.parametrize(
    ("file", "field", "value", "needle"),
    [
        ("k-one.json", "X_train", [[0], [1, 2]], "X_train: not a rectangular array"),
        ("k-one.json", "X_train", [0, 1, 2], "X_train: expected a 2-d array, got shape (3,)"),
        ("k-one.json", "y_train", [0.5, 1, 2], "y_train: holds fractional numbers but is declared int64"),
        ("k-one.json", "X_test", [], 'write an empty array as {"__ndarray__": [], "shape": [0, ...]}'),
        ("k-one.json", "X_train", [["a"], ["b"], ["c"]], "X_train: expected numbers"),
    ],
)
def test_bad_array_arguments_name_file_and_parameter(
    problems_copy: Path, file: str, field: str, value: object, needle: str
) -> None:
    path = problems_copy / "knn" / "cases" / "hidden" / file
    document = json.loads(path.read_text())
    document["args"][field] = value
    path.write_text(json.dumps(document))
    with pytest.raises(ProblemError) as raised:
        problems.load("knn")
    assert f"knn/cases/hidden/{file}: args.{field}" in raised.value.message
    assert needle in raised.value.message


@pytest.mark.parametrize(
    ("old", "new", "needle"),
    [
        ('X = "float64 2d"', 'X = "float32 2d"', "[functions.0.arrays] X: expected '<dtype> <n>d'"),
        ('X = "float64 2d"', 'Z = "float64 2d"', "[functions.0.arrays] Z: not a parameter of `fit`"),
        ('function = "check_fit"', 'function = "check-fit"', "[functions.0.checker] function: "),
        ('name = "predict_proba"', 'name = "fit"', "functions: `fit` is declared twice"),
        ("[[functions]]", "[entry_point]\nname = 'x'\n\n[[functions]]", "use either [entry_point] or"),
    ],
)
def test_broken_function_declarations(problems_copy: Path, old: str, new: str, needle: str) -> None:
    _edit(problems_copy / "logistic-regression" / "problem.toml", old, new)
    with pytest.raises(ProblemError) as raised:
        problems.load("logistic-regression")
    assert "logistic-regression/problem.toml" in raised.value.message
    assert needle in raised.value.message


def test_a_case_must_call_a_declared_function(problems_copy: Path) -> None:
    path = problems_copy / "logistic-regression" / "cases" / "hidden" / "loss-l2-term.json"
    _edit(path, '"function": "log_loss"', '"function": "loss"')
    with pytest.raises(ProblemError, match=r"loss-l2-term.json: function: expected one of fit"):
        problems.load("logistic-regression")
    _edit(path, '"function": "loss"', '"function": "predict_proba"')
    with pytest.raises(ProblemError, match=r"loss-l2-term.json: \[args\] l2: unknown key"):
        problems.load("logistic-regression")


def test_a_generated_case_must_call_a_declared_function(problems_copy: Path) -> None:
    _edit(
        problems_copy / "logistic-regression" / "problem.toml", 'function = "log_loss"', 'function = "loss"'
    )
    with pytest.raises(ProblemError, match=r"gen-loss-moderate: function: `loss` is not declared"):
        problems.load("logistic-regression")


def test_arrays_travel_as_raw_bytes_and_come_back_exact() -> None:
    X = np.array([[0.1, -2.5e300], [np.pi, 7.0]])
    empty = np.zeros((0, 3))
    line = wire.encode_args((X, empty, np.array([True, False]), np.int64(4), "a\nb"))
    text, _, blobs = line.partition(b"\n")  # a newline inside a string is escaped in the JSON
    sent = json.loads(text)
    assert sent[0] == {"__ndarray__": 0, "dtype": "float64", "shape": [2, 2], "encoding": "raw"}
    assert sent[2]["__ndarray__"] == 32 and sent[3] == 4 and sent[4] == "a\nb"
    assert blobs == X.astype("<f8").tobytes() + np.array([True, False]).tobytes()
    back = wire.decode_args(line)
    assert np.array_equal(back[0], X) and back[0].dtype == np.float64 and back[0].flags.writeable
    assert back[1].shape == (0, 3) and back[2].dtype == np.bool_ and back[4] == "a\nb"
    assert wire.encode_args((["x"], 3)) == b'[["x"],3]'  # no arrays: the JSON text alone


def test_sandbox_side_decodes_the_same_arrays() -> None:
    import sys

    sys.path.insert(0, str(Path(__file__).parents[2] / "sandbox"))
    try:
        import plain
    finally:
        sys.path.pop(0)
    X = np.arange(12, dtype=np.int64).reshape(3, 4) - 6
    decoded = plain.decode_args(wire.encode_args((X, np.zeros((0, 2)))))
    assert np.array_equal(decoded[0], X) and decoded[0].dtype == np.int64
    assert decoded[1].shape == (0, 2)
    assert decoded[0].flags.writeable  # a submission may work in place on its own copy


def test_public_wrong_answer_shows_arrays_as_lists() -> None:
    from judge.pipeline.submit import _shown_input

    problem = problems.load("knn")
    sample = cases.prepare(problem)[0]
    shown = _shown_input(sample, problem.entry_point.params)
    assert shown.startswith("X_train=[[0.0, 0.0], [1.0, 0.0], [0.0, 1.0], [5.0, 5.0]], y_train=[0, 0, 1, 1]")
