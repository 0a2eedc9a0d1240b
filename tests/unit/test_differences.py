"""Diffs of public cases (checkers/difference.py) and how they read (report/difference.py)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from judge.checkers.difference import describe
from judge.models import CaseSpec, CheckerSpec, Difference, PreparedCase, Reveal, Verdict, Visibility
from judge.pipeline.submit import performance_cases
from judge.report import difference as shown
from judge.reveal import apply
from judge.verdicts import OWN_EXCEPTION, safe_exception_name
from tests.grade_fixtures import LIMITS, report, result

KMEANS_PARTS = CheckerSpec(
    "parts",
    {
        "parts": [
            {"name": "centroids", "checker": "float", "options": {"rtol": 1e-6}},
            {"name": "labels", "checker": "exact"},
        ]
    },
)


def _array(values: list, dtype: str, shape: list[int]) -> dict:
    return {"__ndarray__": values, "dtype": dtype, "shape": shape}


def test_short_lists_are_shown_whole_with_the_first_index_where_they_differ() -> None:
    found = describe(["apple", "kiwi"], ["kiwi", "apple"], CheckerSpec("exact"))
    assert (found.expected, found.got) == ('["apple", "kiwi"]', '["kiwi", "apple"]')
    assert (found.at, found.expected_at, found.got_at) == ("result[0]", '"apple"', '"kiwi"')
    assert found.tolerance == "" and found.worst == ""  # exact strings: no tolerance, no distance


def test_a_long_list_shows_its_length_and_where_one_ends() -> None:
    found = describe(list(range(100)), list(range(99)), CheckerSpec("exact"))
    assert (found.expected, found.got) == ("", "")  # too long to show whole
    assert (found.expected_kind, found.got_kind) == ("list of 100", "list of 99")
    assert (found.at, found.expected_at, found.got_at) == ("result[99]", "99", "nothing (the list ends)")


def test_float_arrays_get_dtype_shape_tolerance_count_and_worst_element() -> None:
    expected = _array([[0.5, 1.0], [2.0, 3.0]], "float64", [2, 2])
    got = _array([[0.5, 1.1], [2.0, 3.5]], "float32", [2, 2])
    found = describe(expected, got, CheckerSpec("float", {"rtol": 1e-6, "atol": 1e-9}))
    assert (found.expected_kind, found.got_kind) == ("float64 array (2, 2)", "float32 array (2, 2)")
    assert found.at == "result[0][1]"
    assert found.tolerance == "|got - expected| <= 1e-09 + 1e-06 * |expected|"
    assert found.differing == "2 of 4 elements differ"
    assert found.worst == "result[1][1]: off by 0.5 (expected 3.0, got 3.5)"


def test_elements_within_the_tolerance_are_not_counted() -> None:
    found = describe([1.0, 2.0, 3.0], [1.0 + 1e-12, 2.5, 3.0], CheckerSpec("float"))
    assert found.differing == "1 of 3 elements differ" and found.at == "result[1]"


def test_nan_where_a_number_was_expected_is_the_worst_element() -> None:
    found = describe([1.0, 2.0, 3.0], [1.5, float("nan"), 3.0], CheckerSpec("float"))
    assert found.worst.startswith("result[1]: off (expected 2.0, got NaN)")


def test_a_tuple_checked_by_parts_points_into_the_failing_part() -> None:
    expected = [[[1.0, 2.0], [5.0, 5.0]], [0, 1, 1]]
    found = describe(expected, [[[1.0, 2.0], [5.0, 5.0]], [0, 1, 0]], KMEANS_PARTS)
    assert found.at == "result[1][2] (the labels)" and (found.expected_at, found.got_at) == ("1", "0")
    found = describe(expected, [[[1.0, 2.0], [5.0, 5.5]], [0, 1, 1]], KMEANS_PARTS)
    assert found.at == "result[0][1][1] (the centroids)" and found.tolerance
    assert found.worst == "result[0][1][1] (the centroids): off by 0.5 (expected 5.0, got 5.5)"


def test_an_order_free_checker_gives_no_first_index() -> None:
    found = describe(["a", "b"], ["b", "c"], CheckerSpec("unordered"))
    assert found.at == "" and (found.expected, found.got) == ('["a", "b"]', '["b", "c"]')


def test_dicts_and_mismatched_types() -> None:
    found = describe({"a": 1, "b": 2}, {"a": 1}, CheckerSpec("exact"))
    assert (found.at, found.got_at) == ("result['b']", "nothing (no such key)")
    found = describe([1, 2], "12", CheckerSpec("exact"))
    assert (found.expected_kind, found.got_kind, found.at) == ("list of 2", "str", "result")


def test_rows_leave_out_what_the_checker_message_already_says() -> None:
    found = describe([3, 1, 2], [3, 2, 1], CheckerSpec("exact"))
    labels = [row[0] for row in shown.rows(found, "result[1]: expected 1, got 2")]
    assert labels == ["value", "elements"]
    labels = [row[0] for row in shown.rows(found, "a custom checker's words")]
    assert labels == ["value", "at result[1]", "elements"]


def test_the_terminal_aligns_expected_over_got() -> None:
    found = describe(
        _array([1.0, 2.0], "float64", [2]), _array([1.0, 2.5], "float64", [2]), CheckerSpec("float")
    )
    text = shown.terminal_text(found, "")
    assert "  expected: [1.0, 2.0]\n       got: [1.0, 2.5]\n" in text
    assert "  expected (type): float64 array (2,)\n       got (type): float64 array (2,)" in text
    assert "  worst: result[1]: off by 0.5 (expected 2.0, got 2.5)" in text


def test_a_summary_shows_only_public_diffs_and_the_first_few() -> None:
    diff = Difference("1", "2", "int", "int")
    public = [replace(result(n, Verdict.WA, hidden=False), difference=diff) for n in range(1, 6)]
    hidden = replace(result(9, Verdict.WA), difference=diff)  # a bug upstream must still not show it
    picked = shown.shown_in_summary(report("knn", [hidden, *public]))
    assert [r.id for r in picked] == [r.id for r in public[: shown.DIFFS_PER_PROBLEM]]


def _case(name: str, visibility: Visibility, size: int) -> PreparedCase:
    spec = CaseSpec(name, "random", visibility, "test")
    return PreparedCase(name, spec, b"x" * size, None, LIMITS)


def test_the_largest_quarter_of_hidden_cases_are_the_performance_cases() -> None:
    cases = [_case("sample-1", Visibility.PUBLIC, 10_000)]
    cases += [_case(f"hidden-{n}", Visibility.HIDDEN, n * 10) for n in range(1, 9)]
    assert performance_cases(cases) == {"hidden-8", "hidden-7"}  # 2 of 8; a big public one is not
    assert performance_cases(cases[:2]) == {"hidden-1"}
    assert performance_cases(cases[:1]) == set()


@pytest.mark.parametrize("name", ["ValueError", "ZeroDivisionError", "KeyboardInterrupt"])
def test_builtin_exceptions_are_named_in_hidden_messages(name: str) -> None:
    assert safe_exception_name(name) == name


@pytest.mark.parametrize("name", ["solution.apple_kiwi", "apple kiwi", "Valueerror", ""])
def test_an_exception_class_the_code_named_is_not(name: str) -> None:
    assert safe_exception_name(name) == OWN_EXCEPTION


def test_a_graded_hidden_runtime_error_drops_its_line() -> None:
    crashed = replace(result(3, Verdict.RE, message="ValueError at solution.py:12"), line=12)
    for level in (Reveal.COARSE, Reveal.VERDICT):
        graded = apply(crashed, level)
        assert (graded.message, graded.line) == ("ValueError", None)
    assert apply(crashed, Reveal.EXACT) == crashed  # the learner's own submit keeps it
