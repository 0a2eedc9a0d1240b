"""The child's code after the start frame keeps to its private references (sandbox/sealed.py).

Read from the bytecode of every function reachable from ``attempt.run``: none looks up an
attribute of a module at call time (a submission can rebind ``os.write``, ``json.dumps``...),
none reads a mutable module-level container (a submission can change its contents), and each
runs on a private copy of builtins. Behaviour under real attacks is in test_attacks.py; this
catches a new ``os.something`` in sealed code before an attacker does. No process, no container.
"""

from __future__ import annotations

import builtins
import dis
import sys
import types
from collections.abc import Iterator

from judge import paths

sys.path.insert(0, str(paths.SANDBOX_DIR))
import attempt
import plain

# Python code of other modules the sealed code may call, each only inside a try block and only
# for the wording of a message or a hint (a broken one costs the hint, never the verdict).
BEST_EFFORT = {"_signature_of", "_close_matches"}
MUTABLE = (list, dict, set, bytearray)
ATTRIBUTE_LOADS = {"LOAD_ATTR", "LOAD_METHOD"}


def _codes(code: types.CodeType) -> Iterator[types.CodeType]:
    yield code
    for constant in code.co_consts:
        if isinstance(constant, types.CodeType):
            yield from _codes(constant)


def _global_loads(function: types.FunctionType) -> Iterator[tuple[str, str | None]]:
    """(name, what the next instruction does with it) for every global the function reads."""
    for code in _codes(function.__code__):
        instructions = [i for i in dis.get_instructions(code) if i.opname not in ("CACHE", "PRECALL")]
        for here, following in zip(instructions, [*instructions[1:], None], strict=True):
            if here.opname in ("LOAD_GLOBAL", "LOAD_NAME"):
                yield here.argval, following.opname if following else None


def _sealed_functions() -> dict[str, types.FunctionType]:
    """Every function reachable from the sealed ``run``, by qualified name."""
    found: dict[str, types.FunctionType] = {}
    pending = [attempt.SEALED["run"]]
    while pending:
        function = pending.pop()
        key = f"{function.__module__}.{function.__qualname__}"
        if key in found:
            continue
        found[key] = function
        for name, _ in _global_loads(function):
            value = function.__globals__.get(name)
            if type(value) is types.FunctionType and _is_sealed(value):
                pending.append(value)
    return found


def _is_sealed(function: types.FunctionType) -> bool:
    private = function.__globals__.get("__builtins__")
    return type(private) is dict and private is not vars(builtins)


def test_everything_after_the_start_is_sealed() -> None:
    functions = _sealed_functions()
    expected = {"run", "_outcome", "_call", "_settle_quietly", "error_report", "entry_point", "_send"}
    assert {f"attempt.{name}" for name in expected} <= set(functions)
    assert {"plain.to_plain", "plain._convert", "plain._sequence", "plain.encode"} <= set(functions)
    assert all(_is_sealed(function) for function in functions.values())
    assert attempt.SEALED["__builtins__"] is not vars(builtins)


def test_sealed_code_reads_no_module_attribute_and_no_mutable_global() -> None:
    problems = []
    for key, function in _sealed_functions().items():
        for name, then in _global_loads(function):
            value = function.__globals__.get(name, getattr(function, "__builtins__", {}).get(name))
            if isinstance(value, types.ModuleType) and then in ATTRIBUTE_LOADS:
                problems.append(f"{key} reads an attribute of the module {name} at call time")
            elif isinstance(value, MUTABLE):
                problems.append(f"{key} reads the mutable global {name}")
            elif type(value) is types.FunctionType and not _is_sealed(value) and name not in BEST_EFFORT:
                problems.append(f"{key} calls {name}, Python code that is not sealed")
            elif name not in function.__globals__ and name not in getattr(function, "__builtins__", {}):
                problems.append(f"{key} reads {name}, which is not bound")
    assert problems == []


def test_a_rebound_name_does_not_reach_sealed_code() -> None:
    rebound = {"len": lambda value: 6, "isinstance": lambda value, kind: True, "type": lambda value: int}
    saved = {name: getattr(builtins, name) for name in rebound}
    saved_convert, saved_encode = plain._convert, attempt._encode
    try:  # restored before pytest runs again: it needs the real builtins too
        for name, value in rebound.items():
            setattr(builtins, name, value)
        plain._convert = lambda *args: "PWNED"
        attempt._encode = lambda value: b"PWNED"
        encoded = attempt.SEALED["_encode"](attempt.SEALED["_to_plain"]([1, (2, "three")], 100))
    finally:
        for name, value in saved.items():
            setattr(builtins, name, value)
        plain._convert, attempt._encode = saved_convert, saved_encode
    assert encoded == b'[1,[2,"three"]]'
