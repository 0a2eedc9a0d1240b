"""The runner's own defences against what a child sends or leaves, without a process: the output
bound (OLE before anything large is built), the check on end frames (a submission can write its
own), and clean-up of trees no recursive removal survives."""

from __future__ import annotations

import os
import random
import sys
import time
from pathlib import Path

import numpy
import pytest

from judge import paths

sys.path.insert(0, str(paths.SANDBOX_DIR))
import plain
import runner
import scrub


def _value(rng: random.Random, depth: int = 0) -> object:
    kind = rng.randrange(7 if depth < 4 else 4)
    if kind == 0:
        return rng.randrange(-(10**12), 10**12)
    if kind == 1:
        return rng.random() * 10 ** rng.randrange(-5, 300)
    if kind == 2:
        return "".join(rng.choice('ab"\\\n\u00e9\U0001f600') for _ in range(rng.randrange(6)))
    if kind == 3:
        return rng.choice([None, True, False])
    if kind == 4:
        return [_value(rng, depth + 1) for _ in range(rng.randrange(5))]
    if kind == 5:
        return {f"k{index}": _value(rng, depth + 1) for index in range(rng.randrange(4))}
    return numpy.arange(rng.randrange(4)).astype(rng.choice(["int8", "float32", "bool"]))


def test_the_counted_size_never_exceeds_the_encoded_one() -> None:
    rng = random.Random(7)
    for _ in range(2000):
        value = _value(rng)
        exact = len(plain.encode(plain.to_plain(value)))
        plain.to_plain(value, exact)  # a lower bound: the exact size always fits


def test_a_value_too_large_to_send_is_refused_before_it_is_built() -> None:
    row = ["x" * 10_000] * 1_000
    grid: list = [row] * 1_000
    for _ in range(40):
        grid = [grid, grid]
    began = time.perf_counter()
    with pytest.raises(plain.TooLarge):
        plain.to_plain(grid, 1 << 20)
    with pytest.raises(plain.TooLarge):
        plain.to_plain([0.5] * 4_000_000, 1 << 20)
    with pytest.raises(plain.TooLarge):
        plain.to_plain(numpy.zeros(1_000_000), 1 << 20)
    assert time.perf_counter() - began < 0.5


def test_values_the_judge_could_not_read_are_refused() -> None:
    with pytest.raises(plain.BadOutput, match="reserved"):
        plain.to_plain({"__ndarray__": 5})
    with pytest.raises(plain.BadOutput, match="cannot be written"):
        plain.encode(plain.to_plain(10**5000))
    long_double = plain.to_plain(numpy.array([1.5], dtype=numpy.longdouble))
    assert long_double["__ndarray__"] == [1.5] and type(long_double["__ndarray__"][0]) is float


def _nested(depth: int) -> list:
    value: list = []
    for _ in range(depth):
        value = [value]
    return value


@pytest.mark.parametrize(
    ("output", "problem"),
    [
        ({"__ndarray__": 5}, "malformed numpy array"),
        ({"__ndarray__": [1], "dtype": "int64", "shape": [-1]}, "malformed numpy array"),
        ({"__ndarray__": [1], "dtype": 5, "shape": [1]}, "malformed numpy array"),
        ({"__ndarray__": [1], "dtype": "int64", "shape": [1], "extra": 1}, "malformed numpy array"),
        (_nested(200), "nested deeper"),
    ],
)
def test_the_runner_refuses_an_output_the_judge_could_not_read(output: object, problem: str) -> None:
    fields = runner.end_fields({"frame": "end", "status": "returned", "output": output}, started=True)
    assert fields["status"] == "exception" and fields["error"]["type"] == "InvalidResult"
    assert problem in fields["error"]["message"]


def test_the_runner_takes_no_measurement_from_an_end_frame() -> None:
    frame = {"frame": "end", "status": "returned", "output": 6, "cpu_seconds": 0, "killed_for": None}
    assert runner.end_fields(frame, started=True) == {"status": "returned", "output": 6}
    assert plain.check_wire(plain.to_plain({"a": [numpy.arange(3), (1.5, None)]})) is None


def test_raw_array_bytes_must_be_exactly_what_the_end_frame_announced() -> None:
    header = {"__ndarray__": 0, "dtype": "float64", "shape": [2], "encoding": "raw"}
    frame = {"frame": "end", "status": "returned", "output": header, "blob_bytes": 16}
    data = numpy.arange(2.0).tobytes()
    assert runner.end_fields(frame, True, data)["blob"] == data
    assert runner.end_fields(frame, True, data + b"x\n")["blob"] == data  # what follows is ignored
    for rest in (data[:-1], b""):  # short, missing
        fields = runner.end_fields(frame, True, rest)
        assert fields["status"] == "exception" and fields["error"]["type"] == "InvalidResult"
    negative = runner.end_fields({**frame, "blob_bytes": -1}, True, data)
    assert negative["error"]["type"] == "InvalidResult"
    past_the_end = {**frame, "output": {**header, "shape": [3]}}
    assert runner.end_fields(past_the_end, True, data)["error"]["type"] == "InvalidResult"


def test_an_internal_frame_after_the_start_is_the_submissions() -> None:
    frame = {"frame": "end", "status": "internal", "message": "forged"}
    assert runner.end_fields(frame, started=False) == {"status": "internal", "message": "forged"}
    after = runner.end_fields(frame, started=True)
    assert after["status"] == "exception" and after["error"]["type"] == "SandboxChildFailed"
    malformed = runner.end_fields({"frame": "end", "status": "exception", "error": "x"}, started=True)
    assert malformed["error"]["type"] == "InvalidResult"


def test_a_tree_thousands_deep_and_locked_is_removed(tmp_path: Path) -> None:
    top = tmp_path / "work"
    top.mkdir()
    here = os.getcwd()
    os.chdir(top)
    try:
        for _ in range(2500):
            os.mkdir("d")
            os.chdir("d")
            Path("file").write_text("x")
    finally:
        os.chdir(here)
    os.chmod(top / "d" / "d", 0)
    assert scrub.remove_tree(str(top)) and not top.exists()
