"""The judge's side of the runner protocol: encoding, and refusing anything not from the runner."""

from __future__ import annotations

import json

import pytest

from judge.backends.protocol import Job, Preflight, Result, StreamDecoder, job_chunks
from judge.errors import InternalError
from judge.models import CaseSpec, Limits, PreparedCase, Visibility

LIMITS = Limits(cpu_seconds=1.0, memory_bytes=64 << 20, wall_seconds=4.0)


def _case(case_id: str, args: bytes = b'[["a"],1]') -> PreparedCase:
    spec = CaseSpec(case_id, "c", Visibility.HIDDEN, "x.json", args=(["a"], 1), function="f")
    return PreparedCase(case_id, spec, args, ["SECRET-EXPECTED"], LIMITS)


def _line(message: dict, nonce: str = "n1") -> bytes:
    return json.dumps({**message, "nonce": nonce}).encode() + b"\n"


def test_job_never_carries_expected_outputs() -> None:
    job = Job("def f(a, b): pass", {"f": 2}, (), LIMITS, (_case("hidden-01"), _case("hidden-02")))
    data = b"".join(job_chunks(job, "n1"))
    assert b"SECRET-EXPECTED" not in data
    lines = data.split(b"\n")
    header = json.loads(lines[0])
    assert header["tests"] == 2 and header["nonce"] == "n1" and header["functions"] == {"f": 2}
    record = json.loads(lines[1])
    assert record["bytes"] == len(b'[["a"],1]') and record["uses"] == 2  # one constant, both tests
    assert lines[2] == b'[["a"],1]'
    meta = json.loads(lines[3])
    assert meta["id"] == "hidden-01" and meta["function"] == "f" and meta["input"] == record["input"]


def test_a_shared_input_crosses_the_channel_once_and_is_held_until_its_last_use() -> None:
    shared = b"[" + b"1," * 500 + b"2]"
    other = b"[3]"
    cases = tuple(
        PreparedCase(name, CaseSpec(name, "c", Visibility.HIDDEN, "t"), line, "SECRET-EXPECTED", LIMITS)
        for name, line in (("a", shared), ("b", other), ("c", shared))
    )
    job = Job("def f(a): pass", {"f": 1}, (), LIMITS, cases)
    data = b"".join(job_chunks(job, "n1"))
    assert data.count(shared) == 1 and data.count(b"[3]") == 1
    lines = data.split(b"\n")
    records = [json.loads(line) for line in lines[1:] if line.startswith(b"{")]
    inputs = [record for record in records if "id" not in record]
    metas = [record for record in records if "id" in record]
    assert [record["uses"] for record in inputs] == [2, 1]
    assert metas[0]["input"] == metas[2]["input"] != metas[1]["input"]
    # both held while "b" runs: the shared one waits for "c"
    assert job.held_input_bytes == len(shared) + len(other)


def test_decoder_yields_events_in_order() -> None:
    decoder = StreamDecoder("n1", ["hidden-01", "hidden-02"])
    stream = _line({"type": "preflight", "status": "returned"}) + _line(
        {
            "type": "result",
            "id": "hidden-01",
            "status": "returned",
            "output": ["a"],
            "cpu_seconds": 0.5,
            "peak_rss_bytes": 300,
            "baseline_rss_bytes": 100,
        }
    )
    # Split mid-line: the decoder must buffer.
    events = list(decoder.feed(stream[:17])) + list(decoder.feed(stream[17:]))
    assert isinstance(events[0], Preflight)
    assert isinstance(events[1], Result)
    assert events[1].observation.peak_bytes == 200
    assert decoder.in_flight == "hidden-02"
    list(decoder.feed(_line({"type": "done"})))
    assert decoder.done and decoder.in_flight is None


@pytest.mark.parametrize(
    ("data", "needle"),
    [
        (b"RESULT hidden-01 AC\n", "not JSON"),
        (_line({"type": "preflight", "status": "returned"}, nonce="forged"), "nonce"),
        (json.dumps({"type": "preflight", "status": "returned"}).encode() + b"\n", "nonce"),
        (_line({"type": "result", "id": "hidden-01", "status": "returned"}), "unexpected 'result'"),
        (_line({"type": "internal", "message": "boom"}), "runner failed: boom"),
    ],
)
def test_decoder_refuses_foreign_or_malformed_lines(data: bytes, needle: str) -> None:
    decoder = StreamDecoder("n1", ["hidden-01"])
    with pytest.raises(InternalError, match=needle):
        list(decoder.feed(data))


def test_decoder_refuses_out_of_order_and_malformed_results() -> None:
    decoder = StreamDecoder("n1", ["hidden-01", "hidden-02"])
    list(decoder.feed(_line({"type": "preflight", "status": "returned"})))
    with pytest.raises(InternalError, match="out of order"):
        list(decoder.feed(_line({"type": "result", "id": "hidden-02", "status": "returned"})))
    decoder = StreamDecoder("n1", ["hidden-01"])
    list(decoder.feed(_line({"type": "preflight", "status": "returned"})))
    with pytest.raises(InternalError, match="malformed"):
        list(
            decoder.feed(
                _line({"type": "result", "id": "hidden-01", "status": "returned", "cpu_seconds": "x"})
            )
        )


def test_raw_array_bytes_after_a_result_come_back_as_the_lists_checkers_read() -> None:
    import numpy

    decoder = StreamDecoder("n1", ["hidden-01", "hidden-02"])
    values = numpy.array([[1.5, -2.0], [float("inf"), 0.25]])
    header = {"__ndarray__": 0, "dtype": "float64", "shape": [2, 2], "encoding": "raw"}
    result = {"type": "result", "id": "hidden-01", "status": "returned", "output": {"w": header}}
    stream = _line({"type": "preflight", "status": "returned"})
    stream += _line({**result, "blob_bytes": 32}) + values.tobytes()
    stream += _line({"type": "result", "id": "hidden-02", "status": "returned", "output": 3})
    events = []
    for at in range(0, len(stream), 7):  # in chunks that split the line and the raw bytes
        events += list(decoder.feed(stream[at : at + 7]))
    output = events[1].observation.output
    assert output == {
        "w": {"__ndarray__": [[1.5, -2.0], [float("inf"), 0.25]], "dtype": "float64", "shape": [2, 2]}
    }
    assert events[2].observation.output == 3


def test_a_raw_array_past_the_bytes_sent_is_an_internal_error() -> None:
    decoder = StreamDecoder("n1", ["hidden-01"])
    header = {"__ndarray__": 8, "dtype": "float64", "shape": [2], "encoding": "raw"}
    stream = _line({"type": "preflight", "status": "returned"})
    stream += _line(
        {"type": "result", "id": "hidden-01", "status": "returned", "output": header, "blob_bytes": 16}
    )
    with pytest.raises(InternalError, match="malformed observation"):
        list(decoder.feed(stream + bytes(16)))


def test_an_empty_raw_array_is_rebuilt_though_no_bytes_follow() -> None:
    decoder = StreamDecoder("n1", ["hidden-01"])
    header = {"__ndarray__": 0, "dtype": "float64", "shape": [0, 3], "encoding": "raw"}
    stream = _line({"type": "preflight", "status": "returned"})
    stream += _line(
        {"type": "result", "id": "hidden-01", "status": "returned", "output": header, "blob_bytes": 0}
    )
    events = list(decoder.feed(stream))
    assert events[1].observation.output == {"__ndarray__": [], "dtype": "float64", "shape": [0, 3]}
