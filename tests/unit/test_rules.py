"""A problem's rules read from the source before anything runs: allowed imports, forbidden
callables (through aliases and from-imports), a submission's own names left alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from judge import rules
from judge.errors import ProblemError
from judge.package import problems

GOLDEN = Path(__file__).resolve().parents[1] / "golden" / "problems"


@pytest.fixture(scope="module")
def by_hand():
    return problems.load("sum-by-hand", GOLDEN)


@pytest.mark.parametrize(
    ("source", "message"),
    [
        (
            "import numpy as np\ndef solve(values):\n    return int(np.add.reduce(values))\n",
            "solution.py, line 1: imports `numpy`, which this problem does not allow "
            "(allowed: the standard library)",
        ),
        (
            "from sklearn.base import clone\n",
            "solution.py, line 1: imports `sklearn`, which this problem does not allow "
            "(allowed: the standard library)",
        ),
        (
            "def solve(values):\n    return sum(values)\n",
            "solution.py, line 2: uses `builtins.sum`, which this problem does not allow: "
            "add the values up yourself",
        ),
        ("import math as m\ndef solve(v):\n    return m.fsum(v)\n", "line 3: uses `math.fsum`"),
        ("from math import fsum as add\ndef solve(v):\n    return add(v)\n", "line 3: uses `math.fsum`"),
        ("import builtins\ndef solve(v):\n    return builtins.sum(v)\n", "line 3: uses `builtins.sum`"),
    ],
)
def test_a_broken_rule_is_named_with_its_line(by_hand, source: str, message: str) -> None:
    found = rules.broken(source, by_hand)
    assert found is not None and message in found, found


@pytest.mark.parametrize(
    "source",
    [
        "import itertools, math\ndef solve(values):\n    return math.prod([1]) * 0 + _add(values)\n"
        "def _add(v):\n    total = 0\n    for x in v:\n        total += x\n    return total\n",
        # its own `sum` is not the builtin
        "def sum(values):\n    total = 0\n    for x in values:\n        total += x\n    return total\n"
        "def solve(values):\n    return sum(values)\n",
        "def solve(values:\n",  # does not parse: the sandbox reports the syntax error
    ],
)
def test_keeping_the_rules_passes(by_hand, source: str) -> None:
    assert rules.broken(source, by_hand) is None


def test_the_shipped_problems_allow_numpy_and_forbid_nothing() -> None:
    knn = problems.load("knn")
    assert rules.broken("import numpy as np\nimport heapq\n", knn) is None
    assert rules.wire(knn) == {"stdlib": True, "modules": ["numpy"], "forbidden": {}}


def test_a_forbidden_name_must_be_dotted(problems_copy: Path) -> None:
    toml = problems_copy / "knn" / "problem.toml"
    text = toml.read_text()
    toml.write_text(text.replace('preload = ["numpy"]', 'preload = ["numpy"]\nforbidden = { sorted = "no" }'))
    with pytest.raises(ProblemError, match=r"\[sandbox.forbidden\] sorted: expected a dotted name"):
        problems.load("knn")
