"""The [complexity] table of problem.toml: the classes a person reads and the curve the judge
measures (judge/complexity/plan.py computes its sizes)."""

from __future__ import annotations

from judge.complexity.growth import Growth
from judge.complexity.plan import MIN_DECADES, MIN_POINTS, SECOND_DECADES, geometric
from judge.models import MIB, ComplexityPlan, CurvePlan, EntryPoint, SecondSweep
from judge.package.table import Table


def parse(table: Table, functions: tuple[EntryPoint, ...]) -> ComplexityPlan:
    time = table.text("time")
    space = table.text("space")
    curve = _curve(table.table("curve"), functions) if "curve" in table.data else None
    table.done()
    return ComplexityPlan(time, space, curve)


def _curve(table: Table, functions: tuple[EntryPoint, ...]) -> CurvePlan:
    names = [function.name for function in functions]
    function = table.text("function", names[0], choices=tuple(names))
    grow = table.text("n")
    sizes = _sizes(table.table("sizes"), 10, MIN_DECADES, "the sizes")
    params = dict(table.table("params", {}).data)
    scaled = dict(table.table("scaled", {}).data)
    for key, value in scaled.items():
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
            raise table.fail("scaled", f"{key}: expected a factor > 0, got {value!r}")
    if grow in params or grow in scaled:
        raise table.fail("n", f"`{grow}` grows; do not also fix it in params or scaled")
    classes = {}
    for key in ("time_class", "space_class"):
        try:
            classes[key] = Growth.parse(table.text(key)).value
        except ValueError as error:
            raise table.fail(key, str(error)) from None
    space_classes = {}
    for key, value in dict(table.table("space_classes", {}).data).items():
        folder, _, name = key.partition("/")
        if not folder or not name.endswith(".py") or "/" in name:
            raise table.fail("space_classes", f'{key!r}: name a known solution as "folder/file.py"')
        try:
            space_classes[key] = Growth.parse(str(value)).value
        except ValueError as error:
            raise table.fail("space_classes", f"{key}: {error}") from None
    second = _second(table, grow, params, scaled, sizes)
    plan = CurvePlan(
        function=function,
        grow=grow,
        sizes=sizes,
        params=params,
        scaled={key: float(value) for key, value in scaled.items()},
        seed=table.integer("seed", 1000),
        repeats=table.integer("repeats", 3, minimum=1),
        time_class=classes["time_class"],
        space_class=classes["space_class"],
        sample_seconds=table.number("sample_seconds", 1.0),
        sample_memory_bytes=int(table.number("sample_memory_mb", 512) * MIB),
        space_classes=space_classes,
        second=second,
    )
    table.done()
    return plan


def _second(
    table: Table, grow: str, params: dict[str, object], scaled: dict[str, object], sizes: tuple[int, ...]
) -> SecondSweep | None:
    """``m = "k"`` with a [complexity.curve.m_sweep] table: k swept at a fixed n."""
    if "m" not in table.data:
        if "m_sweep" in table.data:
            raise table.fail("m_sweep", 'a sweep needs its parameter: add m = "<generator parameter>"')
        return None
    name = table.text("m")
    if name == grow:
        raise table.fail("m", f"`{name}` is already n; name another generator parameter")
    sweep = table.table("m_sweep")
    at_n = sweep.integer("at_n", minimum=1)
    if at_n not in sizes:
        shown = ", ".join(f"{size}" for size in sizes)
        raise sweep.fail("at_n", f"{at_n} is not one of the plan's sizes ({shown}); pick one of them")
    swept = _sizes(sweep.table("sizes"), 8, SECOND_DECADES, "m")
    overrides = dict(sweep.table("params", {}).data)
    try:
        time_class = Growth.parse(sweep.text("time_class")).value
    except ValueError as error:
        raise sweep.fail("time_class", str(error)) from None
    sweep.done()
    # What n fixes in the main curve's scaled parameters, it fixes at at_n here.
    fixed = {key: max(1, round(float(factor) * at_n)) for key, factor in scaled.items()}  # type: ignore[arg-type]
    merged = {**params, **fixed, **overrides, grow: at_n}
    merged.pop(name, None)
    return SecondSweep(name, swept, at_n, merged, time_class)


def _sizes(table: Table, points: int, decades: float, what: str) -> tuple[int, ...]:
    """Geometric sizes from a ``{ from, to, points }`` table, spanning at least ``decades``."""
    start = table.integer("from", minimum=1)
    stop = table.integer("to", minimum=1)
    count = table.integer("points", points, minimum=MIN_POINTS)
    table.done()
    if stop < start * 10**decades * 0.999:
        raise table.fail(
            "to", f"{what} must span at least {decades} decades (to >= from x {round(10**decades)})"
        )
    return geometric(start, stop, count)
