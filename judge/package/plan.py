"""The [complexity] table of problem.toml: the classes a person reads and the curve the judge
measures (judge/complexity/plan.py computes its sizes)."""

from __future__ import annotations

from judge.complexity.growth import Growth
from judge.complexity.plan import MIN_DECADES, MIN_POINTS, geometric
from judge.models import MIB, ComplexityPlan, CurvePlan, EntryPoint
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
    sizes_table = table.table("sizes")
    start = sizes_table.integer("from", minimum=1)
    stop = sizes_table.integer("to", minimum=1)
    points = sizes_table.integer("points", 10, minimum=MIN_POINTS)
    sizes_table.done()
    if stop < start * 10**MIN_DECADES * 0.999:
        raise sizes_table.fail("to", f"the sizes must span at least {MIN_DECADES} decades (to >= from x 316)")
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
    plan = CurvePlan(
        function=function,
        grow=grow,
        sizes=geometric(start, stop, points),
        params=params,
        scaled={key: float(value) for key, value in scaled.items()},
        seed=table.integer("seed", 1000),
        repeats=table.integer("repeats", 3, minimum=1),
        time_class=classes["time_class"],
        space_class=classes["space_class"],
        sample_seconds=table.number("sample_seconds", 1.0),
        sample_memory_bytes=int(table.number("sample_memory_mb", 512) * MIB),
        space_classes=space_classes,
    )
    table.done()
    return plan
