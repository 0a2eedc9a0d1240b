"""Growth in two parameters: a plan's second parameter m (e.g. k) swept at a fixed n.

The n curve runs at the plan's fixed m0, the m curve at a fixed n0 (one of the n sizes, so
T(n0, m0) is measured on both). A class in each parameter does not say how they combine: n log k
(a product) and n + k log k (a sum) have the same two one-parameter classes. Joint points, where
both differ from the sweeps' fixed values, decide it: a product predicts
T(n, m) = T(n, m0) T(n0, m) / T(n0, m0), a sum T(n, m0) + T(n0, m) - T(n0, m0); the model whose
prediction is closer names the combined class.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from judge.complexity.growth import GrowthFit
from judge.complexity.records import Curve, GrowthVerdict

PRODUCT = "product"
SUM = "sum"


@dataclass(frozen=True)
class JointPoint:
    n: int
    m: int
    seconds: float  # the submission's median at (n, m)
    product: float  # what each model predicts there from the two sweeps
    sum: float

    @property
    def product_error(self) -> float:
        return abs(math.log(self.seconds / self.product)) if self.product > 0 else math.inf

    @property
    def sum_error(self) -> float:
        return abs(math.log(self.seconds / self.sum)) if self.sum > 0 else math.inf


@dataclass(frozen=True)
class SecondSweepReport:
    """The m sweep of one run: both curves, the class in m, the verdict in m, the combination."""

    grow: str  # the parameter's name, e.g. "k"
    at_n: int
    expected_class: str  # in m, as problem.toml has it with n ("O(log n)")
    submission: Curve
    reference: Curve
    time: GrowthFit
    reference_time: GrowthFit
    verdict: GrowthVerdict
    joint: tuple[JointPoint, ...] = ()
    model: str = ""  # PRODUCT, SUM, or "" without joint points
    combined: str = ""  # e.g. "O(n log k)"

    @property
    def expected(self) -> str:
        return in_variable(self.expected_class, self.grow)


def in_variable(growth_text: str, name: str) -> str:
    """A one-parameter class written in ``name``: ("O(n log n)", "k") -> "O(k log k)"."""
    inner = growth_text.removeprefix("O(").removesuffix(")")
    return "O(" + " ".join(_rename(word, name) for word in inner.split(" ")) + ")"


def in_label(label: str, name: str) -> str:
    """A class label in n, written in the second parameter instead."""
    if not label.startswith("O("):
        return label
    return " – ".join(in_variable(part.split(" (")[0], name) + _rest(part) for part in label.split(" – "))


def _rest(part: str) -> str:
    return part[part.index(" (") :] if " (" in part else ""


def _rename(word: str, name: str) -> str:
    return word.replace("n", name) if word in ("n", "n^2", "n^3", "2^n") else word


def joint_point(
    n: int, m: int, seconds: float, n_curve: dict[int, float], m_curve: dict[int, float], n0: int
) -> JointPoint | None:
    """Both models' predictions at (n, m) from the sweeps' medians; None when a needed one
    is missing (a sweep that stopped before that size)."""
    if n not in n_curve or m not in m_curve or n0 not in n_curve:
        return None
    at_n, at_m, corner = n_curve[n], m_curve[m], n_curve[n0]
    if corner <= 0:
        return None
    return JointPoint(n, m, seconds, at_n * at_m / corner, at_n + at_m - corner)


def choose_model(points: tuple[JointPoint, ...]) -> str:
    """The model whose predictions are closer on the joint points (log error), or ''."""
    usable = [point for point in points if point.seconds > 0]
    if not usable:
        return ""
    product = sum(point.product_error for point in usable)
    total = sum(point.sum_error for point in usable)
    return PRODUCT if product <= total else SUM


def combined(n_fit: GrowthFit, m_fit: GrowthFit, name: str, model: str) -> str:
    """The class in both parameters: 'O(n log k)' (product) or 'O(n + k log k)' (sum)."""
    if n_fit.growth is None or m_fit.growth is None or not model:
        return ""
    n_part = _inner(n_fit.growth.value, "n")
    m_part = _inner(m_fit.growth.value, name)
    parts = [part for part in (n_part, m_part) if part != "1"]
    if not parts:
        return "O(1)"
    joiner = " " if model == PRODUCT else " + "
    return "O(" + joiner.join(parts) + ")"


def _inner(growth_text: str, name: str) -> str:
    return in_variable(growth_text, name).removeprefix("O(").removesuffix(")")
