"""Mutants of a reference: one plausible slip each, stable ids, duplicates merged."""

from __future__ import annotations

from pathlib import Path

import pytest

from judge.errors import ProblemError
from judge.package import mutants

SOURCE = '''def f(values, k):
    """Docstrings are not mutated."""
    total = 0
    for i in range(len(values)):
        if values[i] <= k and not values[i] == 0:
            total += values[i] * 2
    return max(total, 1)
'''


def test_each_kind_of_slip_is_made_once_per_place() -> None:
    found = {mutant.id: mutant for mutant in mutants.mutants(SOURCE)}
    assert {
        "5:11 <= -> <",
        "5:11 <= -> >=",
        "5:34 == -> !=",
        "5:11 and -> or",
        "5:30 not x -> x",
        "3:12 0 -> 1",
        "3:12 0 -> -1",
        "6:12 += -> -=",
        "6:21 * -> /",
        "6:21 * -> +",
        "7:11 max(...) without its last argument",
        "7:4 return value -> None",
        "4:4 range(...) one shorter",
    } <= set(found)
    shorter = found["4:4 range(...) one shorter"]
    assert shorter.before == "for i in range(len(values)):"
    assert shorter.after == "for i in range(len(values) - 1):"
    assert "range(len(values) - 1)" in shorter.source
    flipped = found["5:11 <= -> <"]
    assert flipped.after == "if values[i] < k and (not values[i] == 0):"
    compile(flipped.source, "mutant", "exec")  # every mutant is a valid module
    assert all("Docstrings" in mutant.source for mutant in found.values())
    assert len(found) == len(mutants.mutants(SOURCE))  # ids are unique


def test_the_ids_do_not_depend_on_the_run() -> None:
    assert [m.id for m in mutants.mutants(SOURCE)] == [m.id for m in mutants.mutants(SOURCE)]


def test_changes_that_print_the_same_module_are_one_mutant() -> None:
    source = "def f(x):\n    return x if x else x\n"
    ids = [mutant.id for mutant in mutants.mutants(source)]
    assert ids == ["2:4 return value -> None"]


def test_equivalent_mutants_are_read_with_their_reason(tmp_path: Path) -> None:
    (tmp_path / "mutants.toml").write_text('[[equivalent]]\nmutant = "3:12 0 -> 1"\nwhy = "never read"\n')
    assert mutants.equivalents(tmp_path) == [mutants.Equivalent("3:12 0 -> 1", "never read")]
    (tmp_path / "mutants.toml").write_text('[[equivalent]]\nmutant = "3:12 0 -> 1"\n')
    with pytest.raises(ProblemError, match=r'needs mutant = "\.\.\." and why'):
        mutants.equivalents(tmp_path)
    assert mutants.equivalents(tmp_path / "nowhere") == []
