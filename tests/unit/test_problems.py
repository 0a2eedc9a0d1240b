"""Strict package validation: every broken package gives one ProblemError naming file and field."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from judge.errors import ProblemError, UsageError
from judge.models import Visibility
from judge.package import problems
from tests.cli_helpers import run_judge

ROOT = Path(__file__).resolve().parents[2]
GOLDEN_PROBLEMS = ROOT / "tests" / "golden" / "problems"


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_top_k_package_loads_with_enough_cases() -> None:
    problem = problems.load("top-k-products")
    public = [case for case in problem.cases if case.visibility is Visibility.PUBLIC]
    hidden = [case for case in problem.cases if case.visibility is Visibility.HIDDEN]
    assert problem.entry_point.name == "top_k_products"
    assert problem.entry_point.params == ("purchases", "k")
    assert len(public) >= 3
    assert len(hidden) >= 25
    assert problem.complexity.time == "O(n log k)"
    largest = max(case.params.get("n", 0) for case in problem.cases)
    assert largest == 10**6


def test_unknown_slug_suggests_the_closest(problems_copy: Path) -> None:
    with pytest.raises(UsageError) as raised:
        problems.load("top-k-product")
    assert "did you mean `top-k-products`" in raised.value.message


@pytest.mark.parametrize(
    ("old", "new", "needle"),
    [
        ('difficulty = "easy"', 'difficulty = "easy"\ncolour = "red"', "colour: unknown key"),
        ("time_multiplier = 5.0", 'time_multiplier = "fast"', "[limits] time_multiplier: expected a number"),
        ('name = "exact"', 'name = "fuzzy"', "[checker] name: expected one of"),
        ('id = "top-k-products"', 'id = "other"', "id: must equal the folder name"),
        ("schema_version = 1", "schema_version = 2", "schema_version: expected 1"),
        ('params = ["purchases", "k"]', 'params = ["purchases", "k-1"]', "is not a Python identifier"),
        ('[complexity]\ntime = "O(n log k)"\n', "[complexity]\n", "[complexity] time: missing"),
        ('title = "Top-k most popular products"', "title = [", "not valid TOML"),
        ("seed = 1\n", "seed = -1\n", "seed: expected a whole number"),
        ('shape = "uniform" }', 'shape = "uniform" }\nsize = 3', "[generated.0] size: unknown key"),
    ],
)
def test_broken_problem_toml(problems_copy: Path, old: str, new: str, needle: str) -> None:
    _edit(problems_copy / "top-k-products" / "problem.toml", old, new)
    with pytest.raises(ProblemError) as raised:
        problems.load("top-k-products")
    message = raised.value.message
    assert "top-k-products/problem.toml" in message
    assert needle in message
    assert "\n" not in message


@pytest.mark.parametrize("name", ["statement.md", "starter.py", "reference.py"])
def test_missing_required_file(problems_copy: Path, name: str) -> None:
    (problems_copy / "top-k-products" / name).unlink()
    with pytest.raises(ProblemError, match=f"top-k-products/{name}: missing"):
        problems.load("top-k-products")


def test_missing_generator(problems_copy: Path) -> None:
    (problems_copy / "top-k-products" / "generator.py").unlink()
    with pytest.raises(ProblemError, match=r"generator.py: missing; \[\[generated\]\] cases need it"):
        problems.load("top-k-products")


def test_custom_checker_needs_checker_py(problems_copy: Path) -> None:
    _edit(problems_copy / "top-k-products" / "problem.toml", 'name = "exact"', 'name = "custom"')
    with pytest.raises(ProblemError, match=r"checker\.py is missing"):
        problems.load("top-k-products")


def test_bad_checker_options(problems_copy: Path) -> None:
    _edit(
        problems_copy / "top-k-products" / "problem.toml",
        'name = "exact"',
        'name = "float"\noptions = { rtol = -1 }',
    )
    with pytest.raises(ProblemError, match=r"\[checker\] options: rtol must be a number >= 0"):
        problems.load("top-k-products")


def test_case_file_errors(problems_copy: Path) -> None:
    case = problems_copy / "top-k-products" / "cases" / "public" / "01-basic.json"
    data = json.loads(case.read_text())
    del data["args"]["k"]
    case.write_text(json.dumps(data))
    with pytest.raises(ProblemError, match=r"cases/public/01-basic.json: \[args\] k: missing"):
        problems.load("top-k-products")
    case.write_text("{not json")
    with pytest.raises(ProblemError, match=r"01-basic\.json: not valid JSON"):
        problems.load("top-k-products")


def test_duplicate_case_ids(problems_copy: Path) -> None:
    folder = problems_copy / "top-k-products" / "cases" / "hidden"
    (folder / "gen-zipf-1e6.json").write_text((folder / "empty.json").read_text())
    with pytest.raises(ProblemError, match="case id `gen-zipf-1e6` is also used"):
        problems.load("top-k-products")


def test_no_public_examples(problems_copy: Path) -> None:
    for path in (problems_copy / "top-k-products" / "cases" / "public").glob("*.json"):
        path.unlink()
    with pytest.raises(ProblemError, match="no examples"):
        problems.load("top-k-products")


def test_budget_for_unknown_case(problems_copy: Path) -> None:
    toml = problems_copy / "top-k-products" / "problem.toml"
    toml.write_text(
        toml.read_text().split("[budgets]")[0]
        + '[budgets]\n[budgets.cases]\n"ghost" = { time_seconds = 1, memory_mb = 64, '
        + "reference_seconds = 0.1, reference_mb = 1 }\n"
    )
    with pytest.raises(ProblemError, match=r"\[budgets.cases\] ghost: no such case"):
        problems.load("top-k-products")


def test_several_problem_banks_the_first_holding_a_slug_wins(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    shipped = ROOT / "problems"
    private = tmp_path / "private"
    shutil.copytree(shipped / "knn", private / "knn", ignore=shutil.ignore_patterns("solutions"))
    toml = private / "knn" / "problem.toml"
    toml.write_text(
        toml.read_text().replace('title = "k-nearest neighbours classifier"', 'title = "kNN (course)"')
    )
    shutil.copytree(GOLDEN_PROBLEMS / "echo-sum", private / "echo-sum")
    monkeypatch.setenv("JUDGE_PROBLEMS_DIR", f"{private}{os.pathsep}{shipped}")
    assert problems.load("knn").title == "kNN (course)"  # the private bank comes first
    assert problems.load("top-k-products").root == shipped / "top-k-products"
    assert {"echo-sum", "knn", "kmeans", "top-k-products"} <= set(problems.list_slugs())
    monkeypatch.setenv("JUDGE_PROBLEMS_DIR", f"{shipped}{os.pathsep}{tmp_path / 'nowhere'}")
    ran = run_judge(capsys, "list")
    assert ran.code == 2
    assert ran.err.strip() == (
        f"error: JUDGE_PROBLEMS_DIR: {tmp_path / 'nowhere'}: no such directory; "
        "list problem banks separated by ':'"
    )


def test_the_readme_table_lists_every_shipped_problem() -> None:
    # parsed as Markdown, the way a reader's viewer sees it: the first table's first column
    tokens = MarkdownIt().enable("table").parse((ROOT / "README.md").read_text(encoding="utf-8"))
    first_cells, in_body, column = [], False, 0
    for token in tokens:
        if token.type == "tbody_open":
            in_body = True
        elif token.type == "tbody_close":
            break
        elif in_body and token.type == "tr_open":
            column = 0
        elif in_body and token.type == "td_open":
            column += 1
        elif in_body and token.type == "inline" and column == 1:
            first_cells.append(token.content.strip("`"))
    assert sorted(first_cells) == problems.list_slugs()
