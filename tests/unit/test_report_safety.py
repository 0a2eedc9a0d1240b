"""Every report survives any text a submission produces: a failing test whose message and printed
output hold every C0 control character, DEL, a lone surrogate, `]]>`, a script tag, pipes,
back-ticks, emphasis and a javascript: link, in a repo whose file name is as hostile. JUnit stays
valid (both families), Markdown renders exactly the table it should and no HTML, the HTML pages
grow no tag, the terminal receives no control character."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ElementTree
from dataclasses import replace
from html.parser import HTMLParser
from typing import Any

import pytest
from markdown_it import MarkdownIt
from markdown_it.token import Token

from judge.grading.records import GradeReport, ProblemGrade, ProblemStatus
from judge.models import Difference, Report, TestResult, Verdict
from judge.report import (
    catalog,
    grade_html,
    grade_text,
    gradescope,
    junit,
    markdown,
    safe_text,
    to_html,
    to_text,
)
from tests.grade_fixtures import report, result
from tests.junit_schema import assert_valid_junit

CONTROLS = "".join(chr(code) for code in range(0x20)) + "\x7f"
HOSTILE = (
    f"start {CONTROLS} \ud800 ]]> <script>alert(1)</script> a | b | c `code` *emph* "
    "[link](javascript:x) \x1b[2J\x1b]8;;https://e.vil\x07click\x1b]8;;\x07 \x9b31m\n"
    "second line\r\n| x | y |\n|---|---|\n| row | injected |\n"
)
# A file name may hold anything but "/" and NUL.
FILE = "sol`x`*y*<b>|[link=https://e.vil]z[/link]\x1b[2J\nnew.py"
REPO = "students/<img src=x onerror=alert(1)>|`ada`"
XML_FORBIDDEN = [chr(code) for code in range(0x20) if chr(code) not in "\t\n\r"] + ["\ud800"]
# What a terminal may receive besides text: a line feed, a tab, and rich's own colours.
OWN_COLOURS = re.compile(r"\x1b\[[0-9;]*m")


def _traceback(lines: int) -> str:
    frames = [
        f'  File "solution.py", line {n}, in helper_{n}\n    value = helper_{n + 1}(x)' for n in range(lines)
    ]
    return "Traceback (most recent call last):\n" + "\n".join(frames) + "\nNameError: name 'x' is not defined"


def _failures() -> list[TestResult]:
    crashed = replace(
        result(2, Verdict.RE, hidden=False, message=_traceback(2) + "\n" + HOSTILE),
        stdout_tail=HOSTILE,
        line=1,
    )
    hostile_diff = Difference(
        HOSTILE, HOSTILE, "list of 3", HOSTILE, "result[0]", HOSTILE, HOSTILE, worst=HOSTILE
    )
    return [
        replace(result(1, Verdict.WA, hidden=False, message=HOSTILE), difference=hostile_diff),
        crashed,
        result(1, Verdict.RE, message="NameError at solution.py:7"),
    ]


def _submission() -> Report:
    return replace(report("knn", _failures()), submission=FILE)


def _grading() -> GradeReport:
    failed = ProblemGrade("knn", "k-NN", FILE, ProblemStatus.FAILED, 0.0, 10.0, _submission())
    unusable = ProblemGrade("kmeans", "k-means", FILE, ProblemStatus.FAILED, 0.0, 10.0, message=HOSTILE)
    missing = ProblemGrade(
        "top-k-products",
        "Top-k",
        FILE,
        ProblemStatus.MISSING,
        0.0,
        10.0,
        message=f"no solution file: add {FILE}",
    )
    return GradeReport(1, REPO, "docker sandbox (test)", (failed, unusable, missing), 2.0)


def _inline_tokens(tokens: list[Token]) -> list[Token]:
    found = []
    for token in tokens:
        found.append(token)
        found.extend(_inline_tokens(token.children or []))
    return found


@pytest.mark.parametrize("family", junit.FAMILIES)
def test_junit_is_valid_and_keeps_every_character_readable(family: str) -> None:
    rendered = junit.render(_grading(), family=family)
    assert_valid_junit(rendered, family)
    root = ElementTree.fromstring(rendered)
    bodies = {case.get("name"): case.find("failure") for case in root.iter("testcase")}
    wrong = bodies["sample #1 (example: basic)"]
    assert wrong is not None and wrong.text is not None
    for character in XML_FORBIDDEN:
        assert safe_text.visible(character) in wrong.text, repr(character)
    assert "]]> <script>alert(1)</script> a | b | c `code` *emph* [link](javascript:x)" in wrong.text
    assert "\t" in wrong.text and "second line" in wrong.text
    unusable = root.find("testsuite[@name='kmeans']/testcase/failure")
    assert unusable is not None and "\\x1b" in (unusable.text or "")
    suite_files = {suite.get("file") for suite in root.iter("testsuite")}
    assert suite_files == {safe_text.for_xml(FILE)}


def test_xunit2_is_strict_and_xunit1_places_each_failure_at_the_repo_file() -> None:
    grading = _grading()
    plain = replace(grading.problems[0], file="solutions/knn.py")
    grading = replace(grading, problems=(plain,))
    strict = ElementTree.fromstring(junit.render(grading))
    located = ElementTree.fromstring(junit.render(grading, family="xunit1"))
    assert all("file" not in case.attrib and "line" not in case.attrib for case in strict.iter("testcase"))
    cases = {case.get("name"): case for case in located.iter("testcase")}
    assert {case.get("file") for case in cases.values()} == {"solutions/knn.py"}
    assert cases["sample #2 (example: basic)"].get("line") == "1"
    assert cases["hidden #1 (edge: ties)"].get("line") is None  # its line is not known here
    assert cases["sample #1 (example: basic)"].get("line") is None  # WA: no line to point at
    for root in (strict, located):
        crash = root.find("testsuite/testcase[@name='sample #2 (example: basic)']/failure")
        assert crash is not None and crash.text is not None
        assert crash.text.startswith("solutions/knn.py:1\nTraceback (most recent call last):\n")
        assert 'File "solutions/knn.py", line 0, in helper_0' in crash.text
        assert 'File "solution.py"' not in crash.text
        hidden = root.find("testsuite/testcase[@name='hidden #1 (edge: ties)']/failure")
        assert hidden is not None and hidden.text == "NameError at solutions/knn.py:7"
    with pytest.raises(ValueError, match="xunit2, xunit1"):
        junit.render(grading, family="xunit3")


def test_markdown_renders_exactly_its_table_and_the_text_as_text() -> None:
    rendered = markdown.render(_grading())
    tokens = MarkdownIt("commonmark").enable("table").parse(rendered)
    everything = _inline_tokens(tokens)
    kinds = {token.type for token in everything}
    assert not kinds & {
        "html_inline",
        "html_block",
        "code_inline",
        "code_block",
        "fence",
        "link_open",
        "image",
    }
    assert "em_open" not in kinds
    # our own **slug**, per failure, and **slug · test** over each diff
    assert [token.type for token in everything].count("strong_open") == 4
    rows: list[list[str]] = []
    for index, token in enumerate(tokens):
        if token.type == "tr_open":
            rows.append([])
        if token.type == "inline" and tokens[index - 1].type in ("th_open", "td_open"):
            rows[-1].append(token.content)
    assert rows[:4] == [
        ["problem", "status", "tests", "time class", "memory class", "growth", "score"],
        ["knn", "❌ failed", "0/3", "—", "—", "—", "0/10"],
        ["kmeans", "❌ failed", "—", "—", "—", "—", "0/10"],
        ["top-k-products", "⚠️ missing", "—", "—", "—", "—", "0/10"],
    ]
    assert rows[4:6] == [
        ["problem", "correctness", "performance", "time class", "memory class", "time curve"],
        ["knn", "0% (0/3 tests)", "—", "—", "—", "—"],
    ]
    # the diff: expected beside got, each cell the hostile text as text (one row per line break)
    assert rows[6][1:] == ["expected", "got"] and rows[7][0] == "value"
    assert [row[0] for row in rows[8:]] == ["type", "at result\\[0\\]"]  # the source, escaped
    assert [token.type for token in tokens].count("table_open") == 3
    shown = "".join(token.content for token in everything if token.type == "text")
    assert REPO in shown
    assert "]]> <script>alert(1)</script> a | b | c `code` *emph* [link](javascript:x)" in shown
    assert FILE.replace("\x1b", "\\x1b").replace("\n", " ") in shown
    assert "second line | x | y | |---|---| | row | injected |" in shown
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", rendered)
    page = MarkdownIt("commonmark").enable("table").render(rendered)
    assert "<script" not in page and "<img" not in page and "<a " not in page


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _parsed(page: str) -> _Tags:
    page.encode("utf-8")  # what writing it would do: a lone surrogate raises here
    parser = _Tags()
    parser.feed(page)
    parser.close()
    return parser


def test_html_pages_show_the_text_and_grow_no_tag() -> None:
    for page, allowed in (
        (
            to_html.page(_submission()),
            {"meta", "title", "style", "h1", "p", "h2", "table", "tr", "th", "td", "pre", "code", "ul", "li"},
        ),
        (
            grade_html.page(_grading()),
            {"html", "head", "meta", "title", "style", "body", "h1", "p", "table", "tr", "th", "td"}
            | {"h2", "h3", "pre", "code", "ul", "li"},
        ),
    ):
        parsed = _parsed(page)
        assert set(parsed.tags) <= allowed, set(parsed.tags) - allowed
        assert not re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]", page)
    shown = "".join(_parsed(to_html.page(_submission())).text)
    assert "<script>alert(1)</script>" in shown and "\\x1b" in shown
    assert REPO in "".join(_parsed(grade_html.page(_grading())).text)


@pytest.mark.parametrize("color", [False, True])
def test_the_terminal_receives_no_control_character(color: bool) -> None:
    for rendered in (
        to_text.render(_submission(), width=250, color=color),
        grade_text.render(_grading(), width=250, color=color),
    ):
        rendered.encode("utf-8")
        leftover = OWN_COLOURS.sub("", rendered)
        assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", leftover), repr(leftover)
    plain = grade_text.render(_grading(), width=250)
    assert "[link=https://e.vil]z[/link]" in plain  # a file name is text, not rich markup
    assert "\\x1b[2J" in to_text.render(_submission(), width=250)


def test_a_long_traceback_keeps_its_first_frame_and_its_exception_line() -> None:
    message = _traceback(15)
    crash = result(1, Verdict.RE, hidden=False, message=message)
    rendered = to_text.render(report("knn", [crash]), width=200)
    assert "Traceback (most recent call last):" in rendered
    assert 'File "solution.py", line 0, in helper_0' in rendered
    assert 'File "solution.py", line 14, in helper_14' in rendered
    assert rendered.count("NameError: name 'x' is not defined") == 1
    assert f"... ({len(message.splitlines()) - 11} more lines)" in rendered
    assert "line 7, in" not in rendered
    shown = [line for line in rendered.splitlines() if line.startswith("  ")]
    assert len(shown) == 12  # as many lines as before: 3 first, the marker, 8 last


def test_gradescope_results_can_be_written_as_utf8() -> None:
    rendered = gradescope.render(_grading())
    rendered.encode("utf-8")
    outputs = "".join(test["output"] for test in json.loads(rendered)["tests"])
    assert "\\ud800" in outputs and "<script>alert(1)</script>" in outputs


def test_the_catalogue_shows_package_text_as_text() -> None:
    found: list[dict[str, Any]] = [
        {
            "slug": "broken",
            "error": "problem.toml: [budgets.cases] gone: no such case; run `judge calibrate`",
        },
        {
            "slug": "odd",
            "title": f"[bold]{HOSTILE}",
            "difficulty": "easy",
            "expected_time": "O(n)",
            "public_tests": 3,
            "hidden_tests": 20,
        },
    ]
    shown = catalog.render_list(found, [], width=400)
    assert "BROKEN: problem.toml: [budgets.cases] gone: no such case" in shown  # not eaten as markup
    assert "[bold]start" in shown
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", shown), repr(shown)
