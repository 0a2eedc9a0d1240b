"""`judge run`: the public examples only, or the learner's own input beside the reference's."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from judge import paths
from tests.cli_helpers import run_judge

TOPK = paths.PROJECT_ROOT / "problems" / "top-k-products"
WRONG = TOPK / "solutions" / "wrong_answer" / "most_common.py"
TIES = '{"purchases": ["b", "a", "a", "b", "c"], "k": 2}'


def test_run_without_input_runs_the_public_examples_only(capsys: pytest.CaptureFixture[str]) -> None:
    ran = run_judge(capsys, "run", "top-k-products", str(WRONG), "--sandbox", "local")
    assert ran.code == 1
    assert "sample #2 WA" in ran.out and "hidden #" not in ran.out
    assert "2/3 selected tests passed (of 32; not graded)" in ran.out and "growth" not in ran.out


def test_own_input_shows_both_outputs_and_where_they_differ(capsys: pytest.CaptureFixture[str]) -> None:
    ran = run_judge(capsys, "run", "top-k-products", str(WRONG), "--input", TIES, "--sandbox", "local")
    assert ran.code == 1
    lines = ran.out.splitlines()
    assert 'yours:     ["b", "a"]' in lines and 'reference: ["a", "b"]' in lines
    assert "result[0]: expected 'a', got 'b'" in ran.out and lines[-1].startswith("WA (wrong answer)")
    same = run_judge(
        capsys, "run", "top-k-products", str(TOPK / "reference.py"), "--input", TIES, "--sandbox", "local"
    )
    assert same.code == 0 and same.out.splitlines()[-1].startswith("same as the reference")


def test_own_input_as_json_and_from_a_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    given = tmp_path / "in.json"
    given.write_text(TIES)
    ran = run_judge(
        capsys,
        "run",
        "top-k-products",
        str(WRONG),
        "--input-file",
        str(given),
        "--json",
        "--sandbox",
        "local",
    )
    document = json.loads(ran.out)
    assert document["output"] == ["b", "a"] and document["reference_output"] == ["a", "b"]
    assert document["verdict"] == "WA" and document["same_as_reference"] is False


@pytest.mark.parametrize(
    ("given", "message"),
    [
        ('{"purchases": ["a"]}', "takes purchases, k; missing k"),
        ('{"purchases": ["a"], "k": 1, "n": 3}', "no parameter n"),
        ("[1, 2]", "expected a JSON object of arguments by name, got list"),
        ("{nope", "--input: not JSON"),
    ],
)
def test_a_bad_input_is_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str], given: str, message: str
) -> None:
    ran = run_judge(capsys, "run", "top-k-products", str(WRONG), "--input", given, "--sandbox", "local")
    assert ran.code == 2 and message in ran.err and len(ran.err.strip().splitlines()) == 1, ran.err


def test_arrays_are_checked_for_rank_and_shown_as_arrays(capsys: pytest.CaptureFixture[str]) -> None:
    reference = paths.PROJECT_ROOT / "problems" / "knn" / "reference.py"
    flat = '{"X_train": [0, 0], "y_train": [0, 1], "X_test": [[0.9, 0.9]], "k": 1}'
    ran = run_judge(capsys, "run", "knn", str(reference), "--input", flat, "--sandbox", "local")
    assert ran.code == 2 and "X_train: expected a 2-d array, got shape (2,)" in ran.err
    good = '{"X_train": [[0, 0], [1, 1]], "y_train": [0, 1], "X_test": [[0.9, 0.9]], "k": 1}'
    ran = run_judge(capsys, "run", "knn", str(reference), "--input", good, "--sandbox", "local")
    assert ran.code == 0 and "yours:     [1]  (array int64, shape (1,))" in ran.out


def test_a_wrong_array_shows_how_many_elements_differ(capsys: pytest.CaptureFixture[str]) -> None:
    wrong = paths.PROJECT_ROOT / "problems/knn/solutions/wrong_answer/skips_nearest.py"
    given = json.dumps(
        {
            "X_train": [[0.0], [1.0], [2.0], [3.0]],
            "y_train": [0, 1, 1, 0],
            "X_test": [[0.1], [1.9], [2.6]],
            "k": 1,
        }
    )
    ran = run_judge(capsys, "run", "knn", str(wrong), "--input", given, "--sandbox", "local", "--json")
    document = json.loads(ran.out)
    assert ran.code == 1 and document["difference"]["differing"] == "2 of 3 elements differ"
    ran = run_judge(capsys, "run", "knn", str(wrong), "--input", given, "--sandbox", "local")
    lines = ran.out.splitlines()
    assert lines[-3:] == [
        "result[0]: expected 0, got 1",
        "  elements: 2 of 3 elements differ",
        lines[-1],
    ] and lines[-1].startswith("WA (wrong answer)")


def test_an_input_the_reference_rejects_is_said_to_break_the_statement(
    capsys: pytest.CaptureFixture[str],
) -> None:
    reference = paths.PROJECT_ROOT / "problems" / "knn" / "reference.py"
    too_many = '{"X_train": [[0, 0]], "y_train": [0], "X_test": [[1, 1]], "k": 0}'
    ran = run_judge(capsys, "run", "knn", str(reference), "--input", too_many, "--sandbox", "local")
    words = " ".join(ran.out.split())  # the line wraps at the terminal's width
    assert ran.code == 1 and "outside the statement's limits" in words and "nothing to compare with" in words
