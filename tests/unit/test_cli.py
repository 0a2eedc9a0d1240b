"""What a user sees from the CLI: output, errors and exit codes (local sandbox, no Docker)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from judge.package import problems
from tests.cli_helpers import run_judge
from tests.conftest import SOLUTIONS, TOPK

NO_ENGINE = "unix:///nonexistent/docker.sock"


def test_list(capsys: pytest.CaptureFixture[str]) -> None:
    ran = run_judge(capsys, "list")
    assert ran.code == 0
    assert "top-k-products" in ran.out and "O(n log k)" in ran.out and "3 public + 29 hidden" in ran.out
    document = json.loads(run_judge(capsys, "list", "--json").out)
    assert document["schema_version"] == 1
    assert [entry["slug"] for entry in document["problems"]] == [
        "adaboost",
        "arcface",
        "attention",
        "batchnorm",
        "classification-metrics",
        "crf-viterbi",
        "decision-tree",
        "dropout",
        "gradient-boosting",
        "information",
        "kmeans",
        "knn",
        "lasso",
        "linear-regression",
        "logistic-regression",
        "lstm-gru",
        "mlp-backprop",
        "modularity",
        "naive-bayes",
        "pagerank",
        "pca",
        "rnn",
        "softmax-cross-entropy",
        "svm",
        "top-k-products",
    ]
    assert all(entry["hidden_tests"] >= 20 and entry["public_tests"] >= 3 for entry in document["problems"])
    assert "logistic-regression" in ran.out and "3 public + 31 hidden" in ran.out


def test_list_shows_a_broken_package(capsys: pytest.CaptureFixture[str], problems_copy: Path) -> None:
    (problems_copy / "top-k-products" / "statement.md").unlink()
    ran = run_judge(capsys, "list")
    assert ran.code == 0 and "BROKEN" in ran.out


def test_show(capsys: pytest.CaptureFixture[str]) -> None:
    ran = run_judge(capsys, "show", "top-k-products")
    assert ran.code == 0
    assert "Top-k most popular products" in ran.out and "Expected complexity" in ran.out
    assert "top_k_products(purchases: list[str], k: int) -> list[str]" in ran.out
    document = json.loads(run_judge(capsys, "show", "top-k-products", "--json").out)
    assert document["entry_point"] == "top_k_products" and "## Contract" in document["statement"]


def test_show_formats_the_markdown(capsys: pytest.CaptureFixture[str]) -> None:
    """Headings, code and tables come out formatted (rich), not as Markdown source."""
    text = run_judge(capsys, "show", "classification-metrics").out
    assert "##" not in text and "```" not in text and "| --- |" not in text
    assert re.search(r"^ ?Expected complexity\s*$", text, re.MULTILINE)
    assert re.search(r"positive \\ negative\s+0\.1\s+0\.4\s+0\.35\s+credit", text)  # a table's header row
    assert re.search(r"^ ─{20,}", text, re.MULTILINE)  # ... and its rule


def test_show_and_init_a_problem_with_several_functions(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ran = run_judge(capsys, "show", "logistic-regression", "--json")
    document = json.loads(ran.out)
    assert [f["name"] for f in document["functions"]] == ["fit", "predict_proba", "log_loss"]
    text = run_judge(capsys, "show", "logistic-regression").out
    for name in ("fit(X: np.ndarray", "predict_proba(X: np.ndarray", "log_loss(X: np.ndarray"):
        assert name in text
    monkeypatch.chdir(tmp_path)
    ran = run_judge(capsys, "init", "logistic-regression")
    assert ran.code == 0 and "wrote logistic_regression.py" in ran.out
    assert "def predict_proba(" in (tmp_path / "logistic_regression.py").read_text()


def test_unknown_slug_exit_2_with_suggestion(capsys: pytest.CaptureFixture[str]) -> None:
    ran = run_judge(capsys, "show", "topk-products")
    assert ran.code == 2
    count = len(problems.list_slugs())
    assert ran.err.strip() == (
        "error: unknown problem `topk-products`; did you mean `top-k-products`? "
        f"(`judge list` shows all {count})"
    )
    far = run_judge(capsys, "show", "zzzz")  # nothing close: a few names, on one line
    assert far.code == 2 and len(far.err.strip().splitlines()) == 1
    assert far.err.startswith("error: unknown problem `zzzz`. Known problems: adaboost, ")
    assert far.err.count(", ") == 8 and ", ..." in far.err and "`judge list` shows them all" in far.err


def test_init_writes_starter_and_refuses_to_overwrite(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    ran = run_judge(capsys, "init", "top-k-products")
    assert ran.code == 0 and "wrote top_k_products.py" in ran.out
    assert (tmp_path / "top_k_products.py").read_text() == (TOPK / "starter.py").read_text()
    again = run_judge(capsys, "init", "top-k-products")
    assert again.code == 2 and "already exists; pass --force" in again.err
    assert run_judge(capsys, "init", "top-k-products", "--force").code == 0
    assert run_judge(capsys, "init", "top-k-products", "mine.py").code == 0
    assert (tmp_path / "mine.py").exists()


@pytest.mark.parametrize(
    ("content", "needle"),
    [
        (None, "no such file"),
        (b"", "is empty"),
        (b"\x7fELF\x00\x01", "binary"),
        (b"# \xff\n", "not UTF-8"),
    ],
)
def test_submit_bad_file_exit_2_nothing_run(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, content: bytes | None, needle: str
) -> None:
    path = tmp_path / "solution.py"
    if content is not None:
        path.write_bytes(content)
    ran = run_judge(capsys, "submit", "--no-complexity", "top-k-products", str(path), "--sandbox", "local")
    assert ran.code == 2
    assert needle in ran.err and "solution.py" in ran.err
    assert "sandbox:" not in ran.err  # nothing was run
    assert "Traceback" not in ran.err + ran.out
    assert len(ran.err.strip().splitlines()) == 1


def test_submit_usage_errors(capsys: pytest.CaptureFixture[str]) -> None:
    heap = str(SOLUTIONS / "accepted" / "heap.py")
    assert run_judge(capsys, "submit", "--no-complexity", "top-k-products").code == 2
    ran = run_judge(capsys, "submit", "--no-complexity", "top-k-products", heap, "--sandbox", "vm")
    assert ran.code == 2 and "'vm' is not one of" in ran.err
    ran = run_judge(capsys, "submit", "--no-complexity", "nope", heap, "--sandbox", "local")
    assert ran.code == 2 and "unknown problem `nope`" in ran.err


def test_broken_problem_exit_3(capsys: pytest.CaptureFixture[str], problems_copy: Path) -> None:
    toml = problems_copy / "top-k-products" / "problem.toml"
    toml.write_text(toml.read_text().replace("time_multiplier = 5.0", "time_multiplier = 0"))
    heap = str(SOLUTIONS / "accepted" / "heap.py")
    ran = run_judge(capsys, "submit", "--no-complexity", "top-k-products", heap, "--sandbox", "local")
    assert ran.code == 3
    assert "problem.toml: [limits] time_multiplier: expected a number > 1" in ran.err
    assert len(ran.err.strip().splitlines()) == 1


def test_docker_requested_without_engine_exit_4(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DOCKER_HOST", NO_ENGINE)
    heap = str(SOLUTIONS / "accepted" / "heap.py")
    ran = run_judge(capsys, "submit", "--no-complexity", "top-k-products", heap, "--sandbox", "docker")
    assert ran.code == 4
    assert "the Docker engine is not reachable" in ran.err and "start the Docker engine" in ran.err
    assert len(ran.err.strip().splitlines()) == 1


def test_sandbox_status_without_engine(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DOCKER_HOST", NO_ENGINE)
    ran = run_judge(capsys, "sandbox", "status")
    assert ran.code == 4
    assert (
        "engine: not reachable" in ran.out
        and "ready:  no" in ran.out
        and "local sandbox (--sandbox local)" in ran.out
    )
    document = json.loads(run_judge(capsys, "sandbox", "status", "--json").out)
    assert document["ready"] is False and document["engine"]["reachable"] is False


def test_version_and_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert "judge, version" in run_judge(capsys, "--version").out
    ran = run_judge(capsys, "--help")
    assert ran.code == 0 and "submit" in ran.out and "sandbox" in ran.out


def test_gradescope_visibility_without_gradescope_is_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    ran = run_judge(capsys, "grade", str(tmp_path), "--hidden-visibility", "hidden")
    assert ran.code == 2
    assert (
        ran.err
        == "error: --hidden-visibility sets the Gradescope results' visibility; add --gradescope FILE\n"
    )
    ran = run_judge(
        capsys, "grade", str(tmp_path), "--score-visibility", "sometimes", "--gradescope", "x.json"
    )
    assert ran.code == 2 and "'sometimes' is not one of 'visible', 'hidden', 'after_due_date'" in ran.err
