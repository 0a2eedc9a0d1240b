"""Finding a practice repo's solutions (manifest, convention), scoring, and grade's usage errors."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from judge.errors import UsageError
from judge.grading import grader, practice
from judge.models import Grading, Verdict
from tests.cli_helpers import run_judge
from tests.grade_fixtures import curve, growth, linear, report, result


def _write(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return root


def test_manifest_maps_slugs_to_files_with_settings(tmp_path: Path) -> None:
    _write(
        tmp_path,
        {
            "judge.toml": '[problems]\nknn = "a/knn.py"\nkmeans = { file = "km.py", complexity = false }\n'
            'top-k-products = "nowhere.py"\n',
            "a/knn.py": "x = 1\n",
            "km.py": "x = 1\n",
        },
    )
    repo = practice.discover(tmp_path)
    found = {a.slug: a for a in repo.assignments}
    assert found["knn"].path == tmp_path / "a" / "knn.py" and found["knn"].complexity
    assert found["kmeans"].complexity is False
    assert found["top-k-products"].path is None and found["top-k-products"].declared == "nowhere.py"
    assert [a.slug for a in repo.assignments] == ["knn", "kmeans", "top-k-products"]


def test_without_a_manifest_the_convention_finds_files_and_reports_the_rest(tmp_path: Path) -> None:
    _write(tmp_path, {"solutions/knn.py": "x = 1\n", "top_k_products.py": "x = 1\n"})
    found = {a.slug: a.path for a in practice.discover(tmp_path).assignments}
    assert found["knn"] == tmp_path / "solutions" / "knn.py"
    assert found["top-k-products"] == tmp_path / "top_k_products.py"
    assert found["kmeans"] is None and found["logistic-regression"] is None


@pytest.mark.parametrize(
    ("manifest", "needle"),
    [
        ("[problems\n", "not valid TOML"),
        ("[problems]\nknnn = 'k.py'\n", "did you mean `knn`?"),
        ("[problems]\nknn = '/etc/passwd'\n", "[problems] knn: expected a path inside the repo"),
        ("[problems]\nknn = '../k.py'\n", "expected a path inside the repo"),
        (
            "[problems]\nknn = { file = 'k.py', complexity = 'yes' }\n",
            "[problems.knn] complexity: expected true",
        ),
        ("[problems]\nknn = { file = 'k.py', points = 3 }\n", "[problems.knn] points: unknown key"),
        ("[problem]\nknn = 'k.py'\n", "judge.toml: problem: unknown key"),
        ("[problems]\n", "problems: missing or empty"),
    ],
)
def test_manifest_mistakes_are_one_line_naming_the_field(tmp_path: Path, manifest: str, needle: str) -> None:
    _write(tmp_path, {"judge.toml": manifest})
    with pytest.raises(UsageError) as error:
        practice.discover(tmp_path)
    assert needle in error.value.message and "\n" not in error.value.message


def test_an_empty_repo_says_what_it_looked_for(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match=r"no judge.toml and no solutions/<slug>.py"):
        practice.discover(tmp_path)


def test_partial_credit_and_the_growth_share() -> None:
    problem = type("P", (), {"grading": Grading(points=10.0, growth_share=0.2)})()
    good = growth(curve(linear, 0.01), curve(linear, 0.01, seed=2))
    three_of_four = report(
        "x",
        [result(1, Verdict.AC), result(2, Verdict.AC), result(3, Verdict.AC), result(4, Verdict.WA)],
        good,
    )
    assert grader.score(problem, three_of_four, True) == pytest.approx(8 * 0.75 + 2)
    assert grader.score(problem, three_of_four, False) == pytest.approx(10 * 0.75)
    slow = growth(curve(lambda n: 1e-4 + 2e-10 * n * n, 0.01, budget=50), curve(linear, 0.01, seed=2))
    all_pass_too_slow = report("x", [result(1, Verdict.AC)], slow)
    assert grader.score(problem, all_pass_too_slow, True) == pytest.approx(8.0)


def test_grade_refuses_bad_input_with_exit_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    ran = run_judge(capsys, "grade", str(tmp_path / "nope"))
    assert ran.code == 2 and "not a directory" in ran.err and "Traceback" not in ran.err
    _write(tmp_path, {"judge.toml": "[problems]\nknnn = 'k.py'\n"})
    ran = run_judge(capsys, "grade", str(tmp_path), "--sandbox", "local")
    assert ran.code == 2 and ran.err.strip().count("\n") <= 1 and "did you mean `knn`" in ran.err
    ran = run_judge(capsys, "grade", str(tmp_path), "--json", str(tmp_path))
    assert ran.code == 2 and "is a directory; --json takes a file path" in ran.err
    ran = run_judge(capsys, "grade", str(tmp_path), "--sandbox", "auto")
    assert ran.code == 2 and "'auto' is not one of 'docker', 'local'" in ran.err


def test_links_out_of_the_repo_and_special_files_are_missing_never_read(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    staff = tmp_path / "staff"
    staff.mkdir()
    (staff / "secrets.env").write_text("SECRET=hunter2-do-not-leak\n")
    repo = tmp_path / "repo"
    (repo / "solutions").mkdir(parents=True)
    (repo / "solutions" / "top-k-products.py").symlink_to(staff / "secrets.env")
    (repo / "solutions" / "knn.py").symlink_to("/etc/shadow")
    os.mkfifo(repo / "solutions" / "kmeans.py")  # reading it used to hang forever
    (repo / "logistic_regression.py").symlink_to("/dev/zero")
    found = {a.slug: a for a in practice.discover(repo).assignments}
    assert all(assignment.path is None for assignment in found.values())
    assert found["top-k-products"].refused == (
        "solutions/top-k-products.py: a link that leaves the repo; commit the file itself, not a link"
    )
    assert found["kmeans"].refused.startswith("solutions/kmeans.py: is a FIFO (named pipe)")
    assert found["logistic-regression"].refused.startswith("logistic_regression.py: a link that leaves")
    out = tmp_path / "out"
    out.mkdir()
    files = {
        flag: out / name
        for flag, name in (
            ("--json", "r.json"),
            ("--junit", "j.xml"),
            ("--gradescope", "g.json"),
            ("--markdown", "s.md"),
        )
    }
    args = [arg for flag, path in files.items() for arg in (flag, str(path))]
    ran = run_judge(capsys, "grade", str(repo), "--sandbox", "local", "--no-complexity", *args)
    assert ran.code == 1 and "Traceback" not in ran.err
    for path in files.values():
        text = path.read_text()
        assert "hunter2" not in text and "root:" not in text, path
    graded = json.loads(files["--json"].read_text())
    assert {problem["status"] for problem in graded["problems"]} == {"missing"}
    assert "solutions/knn.py: a link that leaves the repo" in ran.out


def test_a_manifest_that_links_out_of_the_repo_is_refused(tmp_path: Path) -> None:
    (tmp_path / "elsewhere.toml").write_text('[problems]\nknn = "knn.py"\n')
    repo = tmp_path / "repo"
    repo.mkdir()
    (repo / "judge.toml").symlink_to(tmp_path / "elsewhere.toml")
    with pytest.raises(UsageError) as raised:
        practice.discover(repo)
    assert "judge.toml: a link that leaves the repo" in raised.value.message
