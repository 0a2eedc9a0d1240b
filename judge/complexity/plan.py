"""A growth plan's sizes and parameters: geometric sizes (at least 2.5 decades: a narrower or
linear spread cannot tell the classes apart) and the generator's parameters at each size.
package/plan.py reads the plan from problem.toml."""

from __future__ import annotations

import math
from dataclasses import replace

from judge.models import CurvePlan

MIN_DECADES = 2.5
MIN_POINTS = 6
SECOND_DECADES = 2.0  # a second parameter is often bounded by the first (k <= distinct)


def geometric(start: int, stop: int, points: int) -> tuple[int, ...]:
    """``points`` sizes from start to stop, a constant factor apart, rounded to 2 digits."""
    ratio = (stop / start) ** (1 / (points - 1))
    sizes = sorted({_round(start * ratio**index) for index in range(points)})
    return tuple(sizes)


def _round(value: float) -> int:
    digits = max(0, math.floor(math.log10(value)) - 1)
    return int(round(value / 10**digits) * 10**digits)


def params_for(plan: CurvePlan, size: int) -> dict[str, object]:
    scaled = {key: max(1, round(factor * size)) for key, factor in plan.scaled.items()}
    return {**plan.params, **scaled, plan.grow: size}


def second_plan(plan: CurvePlan) -> CurvePlan | None:
    """The sweep of the second parameter as a curve plan of its own: m grows, n stays at_n."""
    sweep = plan.second
    if sweep is None:
        return None
    return replace(
        plan,
        grow=sweep.grow,
        sizes=sweep.sizes,
        params=dict(sweep.params),
        scaled={},
        seed=plan.seed + 7,
        time_class=sweep.time_class,
        space_classes={},
        second=None,
    )
