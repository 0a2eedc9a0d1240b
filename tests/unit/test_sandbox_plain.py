"""sandbox/plain.py: returned values become plain data; lying objects are reduced or refused."""

from __future__ import annotations

import sys

import numpy
import pytest

from judge import paths

sys.path.insert(0, str(paths.SANDBOX_DIR))
import plain


class LyingList(list):
    def __eq__(self, other: object) -> bool:
        return True

    def __len__(self) -> int:
        return 0

    def __iter__(self):
        return iter(["forged"])


class LyingStr(str):
    def __eq__(self, other: object) -> bool:
        return True

    def __str__(self) -> str:
        return "forged"


class LyingInt(int):
    def __int__(self) -> int:
        return 999


class Anything:
    def __eq__(self, other: object) -> bool:
        return True


class LyingArray(numpy.ndarray):
    def tolist(self):
        return ["forged"]


def test_plain_values_pass_through() -> None:
    value = {"a": [1, 2.5, "x", None, True], "b": (1, 2)}
    assert plain.to_plain(value) == {"a": [1, 2.5, "x", None, True], "b": [1, 2]}


def test_lying_subclasses_are_reduced_to_what_they_hold() -> None:
    result = plain.to_plain(LyingList(["a", "b"]))
    assert result == ["a", "b"] and type(result) is list
    text = plain.to_plain(LyingStr("real"))
    assert text == "real" and type(text) is str
    number = plain.to_plain(LyingInt(5))
    assert number == 5 and type(number) is int
    array = numpy.arange(3).view(LyingArray)
    assert plain.to_plain(array) == {"__ndarray__": [0, 1, 2], "dtype": "int64", "shape": [3]}


@pytest.mark.parametrize(
    ("value", "needle"),
    [
        (Anything(), "type Anything"),
        ({1, 2}, "type set"),
        ({1: "a"}, "dict keys must be str"),
        (numpy.array(["a"], dtype=object), "dtype object"),
        (numpy.array(["a"]), "dtype <U1"),
    ],
)
def test_refused_outputs(value: object, needle: str) -> None:
    with pytest.raises(plain.BadOutput, match=needle):
        plain.to_plain(value)


def test_cycles_depth_and_size_are_refused() -> None:
    cycle: list = []
    cycle.append(cycle)
    with pytest.raises(plain.BadOutput, match="contains itself"):
        plain.to_plain(cycle)
    deep: list = []
    for _ in range(plain.MAX_DEPTH + 5):
        deep = [deep]
    with pytest.raises(plain.BadOutput, match="nested deeper"):
        plain.to_plain(deep)
    with pytest.raises(plain.BadOutput, match="more than"):
        plain.to_plain([0] * (plain.MAX_ITEMS + 1))


def test_shared_references_are_not_cycles() -> None:
    shared = [1]
    assert plain.to_plain([shared, shared]) == [[1], [1]]


def test_numpy_scalars_and_inputs() -> None:
    assert plain.to_plain(numpy.float64(1.5)) == 1.5
    assert plain.to_plain(numpy.bool_(True)) is True
    decoded = plain.decode_args(b'[{"__ndarray__": [[1, 2]], "dtype": "float32"}, "k"]')
    assert isinstance(decoded[0], numpy.ndarray) and decoded[0].dtype == numpy.float32
    assert decoded[0].shape == (1, 2) and decoded[1] == "k"


def test_arrays_nested_in_lists_and_dicts_are_rebuilt_while_parsing() -> None:
    raw = b'[[{"w": {"__ndarray__": [1, 2], "dtype": "int64"}}], {"k": [3, "x"]}]'
    decoded = plain.decode_args(raw)
    assert isinstance(decoded[0][0]["w"], numpy.ndarray) and decoded[0][0]["w"].dtype == numpy.int64
    assert decoded[1] == {"k": [3, "x"]}


def test_returned_arrays_leave_as_raw_little_endian_bytes() -> None:
    blobs: list[bytes] = []
    big_endian = numpy.arange(3, dtype=">i4")
    value = {"x": numpy.arange(6.0).reshape(2, 3), "y": [big_endian, numpy.array([True, False])], "z": 2}
    plain_value = plain.to_plain(value, 10**6, blobs)
    assert plain_value["x"] == {"__ndarray__": 0, "dtype": "float64", "shape": [2, 3], "encoding": "raw"}
    assert plain_value["y"][0] == {"__ndarray__": 48, "dtype": "int32", "shape": [3], "encoding": "raw"}
    blob = b"".join(blobs)
    assert blob[48:60] == numpy.arange(3, dtype="<i4").tobytes() and len(blob) == 62
    assert plain.check_wire(plain_value, len(blob)) is None
    assert plain.check_wire(plain_value, len(blob) - 1) is not None  # the last array runs past the end
    # without a place for raw bytes, arrays are nested lists as before
    assert plain.to_plain(numpy.arange(2.0))["__ndarray__"] == [0.0, 1.0]


@pytest.mark.parametrize(
    "header",
    [
        {"__ndarray__": -1, "dtype": "float64", "shape": [1], "encoding": "raw"},
        {"__ndarray__": 0, "dtype": "object", "shape": [1], "encoding": "raw"},
        {"__ndarray__": 0, "dtype": "float64", "shape": [2, -1], "encoding": "raw"},
        {"__ndarray__": 0, "dtype": "float64", "shape": "8", "encoding": "raw"},
        {"__ndarray__": 0, "dtype": "float64", "shape": [1], "encoding": "raw", "extra": 1},
        {"__ndarray__": 0.5, "dtype": "float64", "shape": [1], "encoding": "raw"},
    ],
)
def test_forged_raw_array_headers_are_refused(header: dict) -> None:
    assert plain.check_wire([header], 64) is not None


def test_raw_bytes_count_against_the_output_limit() -> None:
    with pytest.raises(plain.TooLarge):
        plain.to_plain(numpy.zeros(1000), 4000, [])
    assert plain.to_plain(numpy.zeros(100), 4000, []) is not None
