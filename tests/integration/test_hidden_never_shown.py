"""What students see of hidden tests, in every output `judge grade` writes (Gradescope with each
visibility, Markdown, HTML, JSON, JUnit, the terminal, GitHub annotations): never an input. The
solution tries every channel it has: it prints the inputs, raises an exception whose class is
named after one and whose message lists them, and returns them. Local sandbox, no growth."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli_helpers import run_judge

ROOT = Path(__file__).resolve().parents[2]
PROBLEM = ROOT / "problems/top-k-products"
LEAKY = """\
def top_k_products(purchases, k):
    print("inputs:", purchases)
    distinct = sorted(set(purchases), key=lambda item: (-len(item), item))  # the same on every run
    if 0 < len(distinct) < 50 and len(distinct[0]) >= 5:
        raise type(distinct[0], (Exception,), {})(" ".join(distinct))
    return distinct[:k]
"""


def _hidden_ids() -> set[str]:
    """Product ids only hidden cases hold: long enough to be told apart from any other text."""

    def ids(folder: str) -> set[str]:
        found: set[str] = set()
        for path in (PROBLEM / "cases" / folder).glob("*.json"):
            case = json.loads(path.read_text())
            found |= {item for item in case["args"]["purchases"] if isinstance(item, str)}
        return found

    public_text = (PROBLEM / "statement.md").read_text() + (PROBLEM / "problem.toml").read_text()
    public_text += "".join(path.read_text() for path in (PROBLEM / "cases/public").glob("*.json"))
    hidden = {item for item in ids("hidden") - ids("public") if len(item.strip()) >= 5}
    return {item for item in hidden if item not in public_text}


@pytest.mark.parametrize("visibility", ["visible", "after_published"])
def test_no_output_shows_a_hidden_input(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, visibility: str
) -> None:
    secrets = _hidden_ids()
    assert len(secrets) >= 3, secrets  # the check below must have something to look for
    repo = tmp_path / "repo"
    repo.mkdir()
    (repo / "judge.toml").write_text('[problems]\ntop-k-products = "top.py"\n')
    (repo / "top.py").write_text(LEAKY)
    out = tmp_path / "out"
    out.mkdir()
    ran = run_judge(
        capsys, "grade", str(repo), "--sandbox", "local", "--no-complexity",
        "--gradescope", str(out / "gradescope.json"), "--hidden-visibility", visibility,
        "--markdown", str(out / "summary.md"), "--html", str(out / "page.html"),
        "--json", str(out / "grade.json"), "--junit", str(out / "junit.xml"),
        "--annotations", "github",
    )  # fmt: skip
    assert ran.code == 1, ran.err
    written = {path.name: path.read_text() for path in out.iterdir()}
    assert len(written) == 5
    graded = json.loads(written["grade.json"])["problems"][0]["report"]["tests"]
    crashed = [test for test in graded if test["visibility"] == "hidden" and test["verdict"] == "RE"]
    assert crashed, "the solution raised on no hidden case: the test lost its teeth"
    assert {test["message"] for test in crashed} == {"an exception of a class solution.py defines"}
    assert all(test["line"] is None and test["difference"] is None for test in crashed)
    for name, text in {**written, "stdout": ran.out, "stderr": ran.err}.items():
        shown = [secret for secret in secrets if secret in text or json.dumps(secret)[1:-1] in text]
        assert not shown, f"{name} shows hidden inputs {shown[:3]}"
    public = [test for test in graded if test["visibility"] == "public"]
    # a public test still shows what went wrong in full: a diff, or the traceback's own class
    assert any(test["difference"] or "Traceback" in test["message"] for test in public), public
