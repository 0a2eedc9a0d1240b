"""`judge grade --junit FILE`: JUnit XML for CI test reporters. One suite per problem, one
testcase per test (the growth and the baseline comparison are testcases too); a failed test is a
<failure> with its verdict and message, a judge fault an <error>, a missing file a <failure>."""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree

from judge.grading import GradeReport, ProblemGrade, ProblemStatus
from judge.models import Verdict
from judge.report.summary import test_label


def render(report: GradeReport) -> str:
    root = ElementTree.Element("testsuites", name="mljudge", time=_time(report.duration_seconds))
    totals = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
    for grade in report.problems:
        suite = _suite(grade)
        root.append(suite)
        for key in totals:
            totals[key] += int(suite.get(key, "0"))
    for key, value in totals.items():
        root.set(key, str(value))
    ElementTree.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ElementTree.tostring(root, encoding="unicode") + "\n"


def _suite(grade: ProblemGrade) -> ElementTree.Element:
    suite = ElementTree.Element("testsuite", name=grade.slug)
    suite.set("file", grade.file)
    cases: list[ElementTree.Element] = []
    if grade.status is ProblemStatus.MISSING:
        cases.append(_case(grade.slug, "solution file", None, "failure", "missing", grade.message))
    elif grade.status is ProblemStatus.ERROR or grade.report is None:
        cases.append(_case(grade.slug, "grading", None, "error", "judge error", grade.message))
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
                else result.message
            )
            message = f"{result.verdict.value}: {result.verdict.description}"
            cases.append(_case(grade.slug, name, result.cpu_seconds, kind, message, text))
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
        suite.append(case)
    suite.set("tests", str(len(cases)))
    for key, tag in (("failures", "failure"), ("errors", "error"), ("skipped", "skipped")):
        suite.set(key, str(sum(1 for case in cases if case.find(tag) is not None)))
    duration = grade.report.duration_seconds if grade.report else 0.0
    suite.set("time", _time(duration))
    return suite


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


def _time(seconds: float) -> str:
    return f"{seconds:.3f}"
