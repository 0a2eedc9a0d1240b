"""The HTML pages as a person sees them: loaded in headless Chromium (Debian's, driven by
Playwright), checked for their key elements, images decoded, and a screenshot that is not blank.
Skips where no Chromium is installed, unless JUDGE_REQUIRE_BROWSER=1 (CI installs it)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from judge.models import Difference, Verdict
from judge.report import grade_html
from tests.cli_helpers import run_judge
from tests.grade_fixtures import grading, result

ROOT = Path(__file__).resolve().parents[2]
WRONG_ORDER = """\
from collections import Counter

def top_k_products(purchases, k):
    return [p for p, _ in Counter(purchases).most_common(k)][::-1]
"""


def _chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    executable = _chromium()
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        executable = None
    if executable is None:
        if os.environ.get("JUDGE_REQUIRE_BROWSER") == "1":
            pytest.fail("JUDGE_REQUIRE_BROWSER=1 but Chromium or playwright is not installed")
        pytest.skip("no Chromium here (apt-get install chromium) or no playwright")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=executable, args=["--no-sandbox"])
        try:
            yield launched
        finally:
            launched.close()


def _load(browser: Any, page_file: Path, shot: Path) -> Any:
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    page.goto(page_file.resolve().as_uri())
    page.wait_for_load_state("load")
    page.screenshot(path=str(shot), full_page=True)
    return page


def _not_blank(shot: Path) -> None:
    from matplotlib import image

    pixels = image.imread(str(shot))
    assert pixels.shape[0] > 300 and pixels.shape[1] == 1200
    assert float(pixels[..., :3].std()) > 0.05, "the screenshot is blank"


def _images_decoded(page: Any) -> list[int]:
    return page.eval_on_selector_all("img", "images => images.map(i => i.complete ? i.naturalWidth : 0)")


def test_the_grade_page_shows_scores_plots_and_diffs(browser: Any, tmp_path: Path) -> None:
    graded = grading()
    knn = graded.problems[1]
    assert knn.report is not None
    diff = Difference("[1, 2, 3]", "[1, 3, 2]", "int64 array (3,)", "int64 array (3,)", "result[1]", "2", "3")
    wrong = replace(
        result(2, Verdict.WA, hidden=False, message="result[1]: expected 2, got 3"), difference=diff
    )
    knn = replace(knn, report=replace(knn.report, results=(*knn.report.results, wrong)))
    graded = replace(graded, problems=(graded.problems[0], knn, *graded.problems[2:]))
    page_file = tmp_path / "grade.html"
    page_file.write_text(grade_html.page(graded), encoding="utf-8")
    page = _load(browser, page_file, tmp_path / "grade.png")
    assert page.inner_text("h1").startswith("mljudge: 1/4 problems passed")
    headings = page.eval_on_selector_all("h2", "hs => hs.map(h => h.innerText)")
    assert "Correctness and performance" in headings and "Differences on public tests" in headings
    scores = page.eval_on_selector_all(
        "table.task-scores tr", "rows => rows.map(r => Array.from(r.cells).map(c => c.innerText))"
    )
    assert scores[2][:3] == ["knn", "50% (2/4 tests)", "0% (0/1 largest cases, growth too slow)"]
    cells = page.eval_on_selector_all("table.diff td", "cells => cells.map(c => c.innerText)")
    assert cells[:2] == ["[1, 2, 3]", "[1, 3, 2]"] and "int64 array (3,)" in cells
    widths = _images_decoded(page)
    assert len(widths) == 3 and all(width > 300 for width in widths)  # 2 time curves + baseline
    page.close()
    _not_blank(tmp_path / "grade.png")


def test_the_submit_report_page_shows_a_public_diff(
    browser: Any, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    solution = tmp_path / "top.py"
    solution.write_text(WRONG_ORDER)
    folder = tmp_path / "report"
    ran = run_judge(
        capsys, "submit", "top-k-products", str(solution), "--sandbox", "local",
        "--no-complexity", "--report", str(folder),
    )  # fmt: skip
    assert ran.code == 1, ran.err
    page = _load(browser, folder / "report.html", tmp_path / "report.png")
    rows = page.eval_on_selector_all("table.diff", "tables => tables.length")
    assert rows >= 1
    first = page.eval_on_selector("table.diff", "t => Array.from(t.rows[1].cells).map(c => c.innerText)")
    assert first == ["value", '["apple", "kiwi"]', '["kiwi", "apple"]']
    page.close()
    _not_blank(tmp_path / "report.png")


def _show_open(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """`judge show knn --open` in a process of its own: webbrowser reads $BROWSER once."""
    command = [sys.executable, "-m", "judge", "show", "knn", "--open"]
    return subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True)


def test_show_open_hands_the_statement_page_to_the_browser(browser: Any, tmp_path: Path) -> None:
    """`judge show --open` with $BROWSER naming a stand-in that records the address it got;
    the page at that address, loaded in Chromium, is the formatted statement."""
    recorder = tmp_path / "record-browser"
    recorded = tmp_path / "opened.txt"
    recorder.write_text(f'#!/bin/sh\necho "$1" > "{recorded}"\n')
    recorder.chmod(0o755)
    env = {**os.environ, "BROWSER": str(recorder), "JUDGE_CACHE_DIR": str(tmp_path / "cache")}
    ran = _show_open(env)
    assert ran.returncode == 0, ran.stderr
    page_file = tmp_path / "cache" / "statements" / "knn.html"
    assert ran.stdout == f"opened {page_file} in a browser\n"
    assert recorded.read_text().strip() == page_file.as_uri()
    page = _load(browser, page_file, tmp_path / "statement.png")
    assert page.inner_text("h1") == "k-nearest neighbours classifier"
    assert "def knn_predict(" in page.inner_text("pre code")
    assert "Contract" in page.eval_on_selector_all("h2", "hs => hs.map(h => h.innerText)")
    assert page.inner_text("p.meta") == "Solve it, then: judge submit knn knn_predict.py"
    page.close()
    _not_blank(tmp_path / "statement.png")
    env = {**env, "BROWSER": "", "DISPLAY": "", "WAYLAND_DISPLAY": "", "PATH": "/nonexistent"}
    ran = _show_open(env)
    assert (ran.returncode, ran.stdout) == (
        0,
        f"no browser found on this machine; the statement is at {page_file}\n",
    )
