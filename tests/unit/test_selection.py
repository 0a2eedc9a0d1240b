"""Test selection ids: what `--only` accepts."""

from __future__ import annotations

import pytest

from judge.errors import UsageError
from judge.models import CaseSpec, Limits, PreparedCase, Visibility
from judge.pipeline import selection

LIMITS = Limits(cpu_seconds=1.0, memory_bytes=1 << 20, wall_seconds=2.0)


def _case(case_id: str) -> PreparedCase:
    visibility = Visibility.PUBLIC if case_id.startswith("sample") else Visibility.HIDDEN
    return PreparedCase(case_id, CaseSpec(case_id, "c", visibility, "t"), b"[]", None, LIMITS)


CASES = [_case(name) for name in ("sample-1", "sample-2", "hidden-01", "hidden-02", "hidden-10")]


@pytest.mark.parametrize("name", ["hidden-10", "hidden #10", "Hidden-010", "hidden 10"])
def test_ids_are_read_as_reports_write_them(name: str) -> None:
    assert [case.id for case in selection.select(CASES, [name])] == ["hidden-10"]


def test_selection_keeps_run_order_and_names_what_exists() -> None:
    assert [case.id for case in selection.select(CASES, ["hidden-2", "sample-1"])] == [
        "sample-1",
        "hidden-02",
    ]
    with pytest.raises(UsageError, match=r"sample-1..sample-2 and hidden-01..hidden-03"):
        selection.select(CASES, ["sample-9"])


def test_parse_ids_drops_blanks_and_repeats() -> None:
    assert selection.parse_ids(" sample-1, ,hidden-02,sample-1") == ("sample-1", "hidden-02")
    with pytest.raises(UsageError):
        selection.parse_ids(" , ")
