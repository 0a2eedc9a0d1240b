"""`judge grade --junit FILE`: JUnit XML for CI test reporters. One suite per problem, one
testcase per test (the growth and the baseline comparison are testcases too); a failed test is a
<failure> with its verdict and message, a judge fault an <error>, a missing file a <failure>.

Two families, as pytest has them: ``xunit2`` (the default) validates against the Jenkins
junit-10.xsd, which allows no ``file`` or ``line`` on a <testcase>; ``xunit1`` adds both, for
annotation tools that read them. In both, a suite names its solution file, and a runtime error's
body starts with ``{file}:{line}`` and its traceback names the repo's file instead of the
sandbox's ``solution.py``, so stack-trace parsers place the annotation too. Every text a
submission controls goes through ``safe_text.for_xml``: the file stays readable by any parser.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree

from judge.grading.records import GradeReport, ProblemGrade, ProblemStatus
from judge.models import TestResult, Verdict
from judge.report.safe_text import for_xml
from judge.report.summary import test_label

FAMILIES = ("xunit2", "xunit1")
# The sandbox names every submission solution.py (sandbox/child.py).
_SANDBOX_FRAME = re.compile(r'File "solution\.py"')
_SANDBOX_LOCATION = re.compile(r"(?<![\w./\\-])solution\.py:")


def render(report: GradeReport, family: str = "xunit2") -> str:
    if family not in FAMILIES:
        raise ValueError(f"unknown JUnit family {family!r}; use one of {', '.join(FAMILIES)}")
    # <testsuites> may carry no `skipped` in junit-10.xsd; readers sum the suites' own counts.
    root = ElementTree.Element("testsuites", name="mljudge", time=_time(report.duration_seconds))
    totals = {"tests": 0, "failures": 0, "errors": 0}
    for grade in report.problems:
        suite = _suite(grade, family == "xunit1")
        root.append(suite)
        for key in totals:
            totals[key] += int(suite.get(key, "0"))
    for key, value in totals.items():
        root.set(key, str(value))
    _made_safe(root)
    ElementTree.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ElementTree.tostring(root, encoding="unicode") + "\n"


def _suite(grade: ProblemGrade, locations: bool) -> ElementTree.Element:
    suite = ElementTree.Element("testsuite", name=grade.slug)
    suite.set("file", grade.file)
    cases: list[ElementTree.Element] = []
    if grade.status is ProblemStatus.MISSING:
        cases.append(_case(grade.slug, "solution file", None, "failure", "missing", grade.message))
    elif grade.status is ProblemStatus.ERROR:
        cases.append(_case(grade.slug, "grading", None, "error", "judge error", grade.message))
    elif grade.report is None:  # the file itself was unusable (binary, empty, too big): the student's
        cases.append(_case(grade.slug, "solution file", None, "failure", "unusable", grade.message))
    else:
        report = grade.report
        if report.compile_error is not None and not report.results:
            cases.append(_case(grade.slug, "load", None, "failure", "CE", report.compile_error))
        for result in report.results:
            name = f"{test_label(result)} ({result.category})"
            kind = {Verdict.AC: None, Verdict.SKIPPED: "skipped", Verdict.IE: "error"}.get(
                result.verdict, "failure"
            )
            text = (
                report.compile_error
                if result.verdict is Verdict.CE and report.compile_error
                else _located(result, grade.file)
            )
            message = f"{result.verdict.value}: {result.verdict.description}"
            case = _case(grade.slug, name, result.cpu_seconds, kind, message, text)
            if locations and result.verdict is Verdict.RE and result.line is not None:
                case.set("line", str(result.line))
            cases.append(case)
        growth = report.complexity
        if growth is not None:
            kind = "failure" if growth.failed else None
            cases.append(
                _case(
                    grade.slug,
                    "growth",
                    growth.measured_seconds,
                    kind,
                    growth.verdict.kind.value,
                    growth.verdict.message,
                )
            )
        if grade.comparison is not None:
            kind = "failure" if grade.comparison.failed else None
            message = f"regression: {grade.comparison.kind.value}"
            cases.append(_case(grade.slug, "baseline", None, kind, message, grade.comparison.message))
    for case in cases:
        if locations and grade.file:
            case.set("file", grade.file)
        suite.append(case)
    suite.set("tests", str(len(cases)))
    for key, tag in (("failures", "failure"), ("errors", "error"), ("skipped", "skipped")):
        suite.set(key, str(sum(1 for case in cases if case.find(tag) is not None)))
    duration = grade.report.duration_seconds if grade.report else 0.0
    suite.set("time", _time(duration))
    return suite


def _located(result: TestResult, file: str) -> str:
    """A runtime error's message as CI annotators read it: ``{file}:{line}`` first, and the
    repo's path wherever the sandbox's traceback says ``solution.py``."""
    if result.verdict is not Verdict.RE or not file:
        return result.message
    text = _SANDBOX_FRAME.sub(lambda _: f'File "{file}"', result.message)
    text = _SANDBOX_LOCATION.sub(lambda _: f"{file}:", text)
    return f"{file}:{result.line}\n{text}" if result.line is not None else text


def _case(
    suite: str, name: str, seconds: float | None, kind: str | None, message: str, text: str
) -> ElementTree.Element:
    case = ElementTree.Element("testcase", classname=suite, name=name, time=_time(seconds or 0.0))
    if kind == "skipped":
        ElementTree.SubElement(case, "skipped", message=text or message)
    elif kind is not None:
        child = ElementTree.SubElement(case, kind, message=message, type=message.split(":")[0])
        child.text = text
    return case


def _made_safe(root: ElementTree.Element) -> None:
    """Every text and attribute value through for_xml, whatever filled it in (ElementTree
    itself writes a forbidden character unchanged, and the file is then unreadable)."""
    for element in root.iter():
        if element.text:
            element.text = for_xml(element.text)
        for key, value in list(element.attrib.items()):
            element.set(key, for_xml(value))


def _time(seconds: float) -> str:
    return f"{seconds:.3f}"
