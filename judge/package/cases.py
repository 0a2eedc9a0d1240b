"""Turn a problem's case specs into runnable cases: arguments, expected outputs, limits.

Generated inputs come from the problem's generator.py with a fixed seed; expected outputs come
from reference.py, run here on the trusted side. Both are cached under the cache dir, keyed by a
hash of everything they depend on, so a second submit spends no time on them. A case file that
states its own ``expected`` is checked against the reference: a disagreement breaks the package.
"""

from __future__ import annotations

import copy
import hashlib
import json
from dataclasses import asdict
from pathlib import Path
from typing import Any

from judge import paths
from judge.backends import wire
from judge.errors import ProblemError
from judge.models import CaseSpec, Limits, PreparedCase, Problem, Visibility
from judge.package import arrays, trusted

CACHE_FORMAT = 2  # 2: arrays as raw bytes, so arguments are stored length-prefixed


def prepare(problem: Problem, cache_root: Path | None = None) -> list[PreparedCase]:
    """Every case of ``problem`` with encoded arguments, expected output and limits."""
    key = fingerprint(problem)
    folder = (cache_root or paths.cache_dir()) / "cases" / problem.slug / key
    cached = _read_cache(folder, problem)
    if cached is None:
        args_lines, expected = _build(problem)
        _write_cache(folder, problem, args_lines, expected)
    else:
        args_lines, expected = cached
    return [
        PreparedCase(
            id=display_id,
            spec=spec,
            args_line=args_lines[spec.name],
            expected=expected[spec.name],
            limits=limits_for(problem, spec.name),
        )
        for display_id, spec in ordered(problem)
    ]


def ordered(problem: Problem) -> list[tuple[str, CaseSpec]]:
    """Cases in run order with their display ids: sample-1.. then hidden-01.."""
    public = [case for case in problem.cases if case.visibility is Visibility.PUBLIC]
    hidden = [case for case in problem.cases if case.visibility is Visibility.HIDDEN]
    return [(f"sample-{index}", case) for index, case in enumerate(public, 1)] + [
        (f"hidden-{index:02d}", case) for index, case in enumerate(hidden, 1)
    ]


def limits_for(problem: Problem, case_name: str) -> Limits:
    policy = problem.limit_policy
    budget = problem.budgets.get(case_name)
    cpu = budget.time_seconds if budget else policy.time_floor_seconds
    memory = budget.memory_bytes if budget else policy.memory_floor_bytes
    return Limits(
        cpu_seconds=cpu,
        memory_bytes=memory,
        wall_seconds=round(cpu * policy.wall_multiplier + 1.0, 3),
        output_bytes=policy.output_bytes,
        log_bytes=policy.log_bytes,
    )


def fingerprint(problem: Problem) -> str:
    digest = hashlib.sha256(f"cases-v{CACHE_FORMAT}".encode())
    for name in ("reference.py", "generator.py", "checker.py"):
        path = problem.root / name
        if path.is_file():
            digest.update(name.encode() + b"\0" + path.read_bytes() + b"\0")
    described = {
        "functions": [asdict(function) for function in problem.functions],
        "checker": asdict(problem.checker),
        "cases": [_describe(case) for case in problem.cases],
    }
    digest.update(json.dumps(described, sort_keys=True, default=_hashable).encode())
    return digest.hexdigest()[:24]


def _hashable(value: Any) -> Any:
    # str() of a large numpy array elides its middle; hash every value instead.
    if hasattr(value, "tobytes"):
        return [str(getattr(value, "dtype", "")), list(getattr(value, "shape", ())), value.tobytes().hex()]
    return str(value)


def _describe(case: CaseSpec) -> dict[str, Any]:
    described = asdict(case)
    described["visibility"] = case.visibility.value
    return described


def _build(problem: Problem) -> tuple[dict[str, bytes], dict[str, Any]]:
    references = trusted.references(problem)
    checkers = trusted.checkers(problem)
    generate = trusted.generator(problem) if any(case.args is None for case in problem.cases) else None
    args_lines: dict[str, bytes] = {}
    expected: dict[str, Any] = {}
    for case in problem.cases:
        args = case.args if case.args is not None else _generated_args(problem, case, generate)
        try:
            args_lines[case.name] = wire.encode_args(args)
        except (TypeError, ValueError) as error:
            raise ProblemError(f"{case.source}: args cannot be sent to the sandbox ({error})") from None
        try:
            output = wire.to_plain(references[case.function](*copy.deepcopy(args)))
        except Exception as error:
            raise ProblemError(
                f"{paths.shown(problem.reference_path)}: raised {type(error).__name__}: {error} "
                f"on case {case.source}; fix the reference or the case"
            ) from None
        if case.has_expected:
            verdict = checkers[case.function](wire.to_plain(case.expected), output, copy.deepcopy(args))
            if not verdict.passed:
                raise ProblemError(
                    f"{case.source}: expected: reference.py fails its own test ({verdict.message}); "
                    "fix the reference or the expected value"
                )
        expected[case.name] = output
    return args_lines, expected


def _generated_args(problem: Problem, case: CaseSpec, generate: Any) -> tuple[Any, ...]:
    assert case.seed is not None
    try:
        built = generate(case.seed, case.params)
    except Exception as error:
        raise ProblemError(
            f"{paths.shown(problem.root / 'generator.py')}: generate() raised "
            f"{type(error).__name__}: {error} for {case.source}"
        ) from None
    function = problem.function(case.function)
    where = paths.shown(problem.root / "generator.py")
    if not isinstance(built, dict) or sorted(built) != sorted(function.params):
        raise ProblemError(
            f"{where}: generate() must return a dict with keys {', '.join(function.params)} "
            f"(for {case.source})"
        )
    try:
        return arrays.coerce(function, built)
    except ValueError as error:
        raise ProblemError(f"{where}: generate() for {case.source}: {error}") from None


def _read_cache(folder: Path, problem: Problem) -> tuple[dict[str, bytes], dict[str, Any]] | None:
    try:
        with open(folder / "expected.json", encoding="utf-8") as handle:
            expected = json.load(handle)
        with open(folder / "args.bin", "rb") as handle:
            lines = _unpack(handle.read())
    except (OSError, ValueError):
        return None
    names = [case.name for case in problem.cases]
    if sorted(expected) != sorted(names) or len(lines) != len(names):
        return None
    return dict(zip(names, lines, strict=True)), expected


def _pack(items: list[bytes]) -> bytes:
    """Encoded arguments hold raw array bytes (any byte, newlines too): each after its length."""
    return b"".join(len(item).to_bytes(8, "little") + item for item in items)


def _unpack(data: bytes) -> list[bytes]:
    items, at = [], 0
    while at < len(data):
        size = int.from_bytes(data[at : at + 8], "little")
        if at + 8 + size > len(data):
            raise ValueError("truncated cache file")
        items.append(data[at + 8 : at + 8 + size])
        at += 8 + size
    return items


def _write_cache(
    folder: Path, problem: Problem, args_lines: dict[str, bytes], expected: dict[str, Any]
) -> None:
    paths.write_cache_folder(
        folder,
        {
            "args.bin": _pack([args_lines[case.name] for case in problem.cases]),
            "expected.json": json.dumps(expected, ensure_ascii=False).encode("utf-8"),
        },
    )
