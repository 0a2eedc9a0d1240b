"""Everything a child does after its start frame, sealed (sandbox/sealed.py).

Whatever the submission does once its code runs is its own doing, and must never look like a
fault of the judge. So this code runs on private references taken at import, in the runner,
before any submission existed: a submission that rebinds builtins, patches ``os``, ``sys``,
``json`` or ``numpy``, or empties ``sys.modules`` changes neither what is reported nor whether
it can be. ``run`` loads the submission, calls it, settles what it left running, converts and
encodes its value under the output limit, sends one end frame and ends the process. Every
failure on the way is a verdict about the submission (CE, RE, MLE, OLE...), never an internal
error; tests/security/test_private_references.py holds this module to the sealing rule.
"""

from __future__ import annotations

import difflib
import gc
import inspect
import itertools
import json
import operator
import os
import signal
import sys
import tracemalloc
import types
from typing import Any, NoReturn

import plain
import rules
import sealed

SUBMISSION_FILENAME = "solution.py"
TRACEBACK_LINES = 40
TRACEBACK_FRAMES = 10_000  # a traceback can be made circular; stop walking somewhere
LINE_CHARS = 300
MESSAGE_CHARS = 2000
CO_VARARGS = inspect.CO_VARARGS

# Private references: bound now, in the runner, before any submission.
_PLAIN = sealed.seal(vars(plain))
_to_plain = _PLAIN["to_plain"]
_encode = _PLAIN["encode"]
BadOutput = plain.BadOutput
TooLarge = plain.TooLarge
RuleBroken = rules.RuleBroken
_write = os.write
_exit = os._exit
_apply = operator.call
_starmap = itertools.starmap
_extend = list.extend
_FUNCTION = types.FunctionType
# The allocation pass of a growth curve (docs/complexity.md): Python's and numpy's allocations
# during the call, traced from just before it to just after it.
_TRACE_START = tracemalloc.start
_TRACE_STOP = tracemalloc.stop
_TRACING = tracemalloc.is_tracing
_TRACED = tracemalloc.get_traced_memory
# The counted pass (docs/complexity.md): the runner runs under callgrind, which dumps its
# instruction counters on entering getppid and on entering getpgrp; the call sits between them.
_COUNT_START = os.getppid
_COUNT_END = os.getpgrp
_TRACEBACK = BaseException.__dict__["__traceback__"].__get__
_IMPORT_NAME = ImportError.__dict__["name"].__get__
_TYPE_NAME = type.__dict__["__name__"].__get__
_TYPE_QUALNAME = type.__dict__["__qualname__"].__get__
_TYPE_MODULE = type.__dict__["__module__"].__get__
# Pure-Python helpers of other modules, used only for a message or a hint, inside try blocks.
_signature_of = inspect.signature
_close_matches = difflib.get_close_matches
# The submission's prints sit in the buffers of the original streams, whatever sys.stdout is now.
FLUSHES = (sys.stdout.flush, sys.stderr.flush)
# Called right after the submission returns, so nothing it left running acts on the judge's code:
# a tracer or profiler, signal handlers, the collector's callbacks, a lowered recursion limit, a
# raised cap on int-to-text conversion.
SETTLE = (
    (sys.settrace, None),
    (sys.setprofile, None),
    (gc.disable,),
    (signal.pthread_sigmask, signal.SIG_BLOCK, tuple(signal.valid_signals())),
    (sys.setrecursionlimit, sys.getrecursionlimit()),
    (sys.set_int_max_str_digits, sys.get_int_max_str_digits()),
)
RETURNED_HEAD = b'{"frame":"end","status":"returned","output":'
FRAME_END = b"}\n"
BLOB_FIELD_BYTES = 32  # room for ,"blob_bytes":N
_JOIN_BYTES = b"".join


def _prepared(status: str, kind: str, text: str) -> bytes:
    error = {"type": kind, "message": "", "traceback": text, "location": None}
    return json.dumps({"frame": "end", "status": status, "error": error}).encode() + b"\n"


# Encoded now: when memory has run out, or the judge's code is beyond repair, writing one of
# these needs no allocation and no code the submission could have touched.
MEMORY_FRAME = _prepared("memory_error", "MemoryError", "MemoryError")
BROKEN_FRAME = _prepared(
    "exception",
    "error in the judge's code",
    "the judge's code in the sandbox failed after solution.py started; "
    "solution.py changed something the judge relies on",
)


class CompileProblem(Exception):
    """The submission cannot be used at all (CE)."""


def run(
    code: types.CodeType,
    namespace: dict[str, Any],
    checks: tuple[tuple[str, int], ...],
    call: tuple[str, list[Any], str] | None,
    result_fd: int,
    room: int,
    lines: tuple[str, ...],
) -> NoReturn:
    """Run the submission's module in ``namespace``, check its functions (``checks``: name and
    arity), make the ``call`` (function name, arguments, and whether to trace its allocations;
    None for the preflight), send one end
    frame of at most ``room`` bytes, and end the process: nothing of the runner's runs after it."""
    # What the submission made (its value, its exception and the frames that exception holds)
    # stays alive until the process ends, so none of its __del__ methods runs before the frame.
    kept: list[Any] = []
    try:
        try:
            frame = _outcome(code, namespace, checks, call, room, lines, kept)
        except BaseException as error:  # the judge's own code failed after the submission ran
            kept.append(error)
            frame = _broken(error)
        _flush_stdio()
        _send(result_fd, frame)
    finally:
        _exit(0)


def _outcome(
    code: types.CodeType,
    namespace: dict[str, Any],
    checks: tuple[tuple[str, int], ...],
    call: tuple[str, list[Any], str] | None,
    room: int,
    lines: tuple[str, ...],
    kept: list[Any],
) -> tuple[bytes, ...]:
    """The end frame, as chunks of bytes; what the submission made goes into ``kept``."""
    try:
        exec(code, namespace)
    except BaseException as error:  # SystemExit and KeyboardInterrupt count: the module did not load
        kept.append(error)
        _settle_quietly()
        return _raised(error, lines, loading=True)
    try:
        functions = {name: entry_point(namespace, name, arity) for name, arity in checks}
    except CompileProblem as problem:
        _settle_quietly()
        return _frame({"status": "compile_error", "message": str(problem)})
    if call is None:
        _settle_quietly()
        return _frame({"status": "returned", "output": None})
    name, args, how = call
    try:
        if how == "trace":
            value, traced = _traced_call(functions[name], args)
        elif how == "count":
            value, traced = _counted_call(functions[name], args)
        else:
            value, traced = _call(functions[name], args)
        kept.append(value)
    except BaseException as error:
        kept.append(error)
        _settle_quietly()
        return _raised(error, lines, loading=False)
    return _returned(value, room, traced)


def _call(function: Any, args: list[Any]) -> tuple[Any, None]:
    """Call the submission; the SETTLE calls follow inside the same C loop, so not one bytecode
    of the judge's runs between the submission's return and them."""
    returned: list[Any] = []
    _extend(returned, _starmap(_apply, ((function, *args), *SETTLE)))
    return returned[0], None


def _traced_call(function: Any, args: list[Any]) -> tuple[Any, int | None]:
    """The call with its allocations traced: the peak of what was allocated during the call
    (None when the submission stopped the tracing itself). The runner's RSS bounds how far the
    judge believes this figure (judge/complexity/records.py)."""
    returned: list[Any] = []
    steps = ((_TRACE_START,), (function, *args), (_TRACING,), (_TRACED,), *SETTLE, (_TRACE_STOP,))
    _extend(returned, _starmap(_apply, steps))
    peak = returned[3][1]
    return returned[1], (peak if returned[2] else None)


def _counted_call(function: Any, args: list[Any]) -> tuple[Any, None]:
    """The call between the two marks the instruction counter dumps at, nothing else."""
    returned: list[Any] = []
    _extend(returned, _starmap(_apply, ((_COUNT_START,), (function, *args), (_COUNT_END,), *SETTLE)))
    return returned[1], None


def _settle_quietly() -> None:
    for step in SETTLE:
        try:
            _apply(*step)
        except BaseException:
            pass


def _raised(error: BaseException, lines: tuple[str, ...], loading: bool) -> tuple[bytes, ...]:
    """The end frame for an exception out of the submission's own code."""
    kind = type(error)
    if issubclass(kind, RuleBroken):  # an import or a call the problem forbids: when, is no matter
        return _frame({"status": "compile_error", "message": _safe_str(error)})
    if loading and issubclass(kind, ImportError):
        return _frame({"status": "compile_error", "message": import_message(error)})
    if issubclass(kind, MemoryError):
        try:
            return _frame({"status": "memory_error", "error": error_report(error, lines)})
        except MemoryError:
            return (MEMORY_FRAME,)
    return _frame({"status": "exception", "error": error_report(error, lines)})


def _returned(result: Any, room: int, traced: int | None = None) -> tuple[bytes, ...]:
    """The end frame for a returned value: plain data, or why it is refused. Numeric arrays'
    bytes follow the frame's line raw, as many as its ``blob_bytes`` says (docs/protocol.md)."""
    tail = b"" if traced is None else b',"traced_peak_bytes":' + _encode(traced)
    room -= len(RETURNED_HEAD) + len(tail) + len(FRAME_END) + BLOB_FIELD_BYTES
    blobs: list[bytes] = []
    try:
        output = _encode(_to_plain(result, room, blobs))
        raw_arrays = len(blobs)
        blob = _JOIN_BYTES(blobs)
        del blobs[:]
        if len(output) + len(blob) > room:  # to_plain counts a lower bound; the encoding is exact
            raise TooLarge(f"the returned value takes {len(output) + len(blob):,} bytes, more than {room:,}")
    except TooLarge as problem:
        return _frame({"status": "output_limit", "message": str(problem)})
    except BadOutput as problem:
        return _frame({"status": "bad_output", "message": str(problem)})
    except MemoryError:  # copying or encoding what the submission returned needs its memory
        return (MEMORY_FRAME,)
    if raw_arrays:  # even when every array is empty: the judge must rebuild their headers
        tail += b',"blob_bytes":' + _encode(len(blob))
    return (RETURNED_HEAD, output, tail, FRAME_END, blob)


def _broken(error: BaseException) -> tuple[bytes, ...]:
    """The end frame when the judge's own code failed after the submission's code started. Only
    the submission ran since the start frame, so it is the submission's RE, named as such."""
    try:
        name = _TYPE_NAME(type(error))
        detail = _safe_str(error)
        text = (
            f"the judge's code in the sandbox failed after solution.py started ({name}: {detail}); "
            "solution.py changed something the judge relies on (builtins, modules, signals, the "
            "value it returned)"
        )
        kind = f"{name} in the judge's code"
        return _frame({"status": "exception", "error": {"type": kind, "message": detail, "traceback": text}})
    except BaseException:
        return (BROKEN_FRAME,)


def _frame(fields: dict[str, Any]) -> tuple[bytes, ...]:
    return (_encode({"frame": "end", **fields}) + b"\n",)


def _flush_stdio() -> None:
    for flush in FLUSHES:
        try:
            flush()
        except BaseException:  # fd 1 closed, a stream reconfigured: its prints are lost, no more
            pass


def _send(result_fd: int, chunks: tuple[bytes, ...]) -> None:
    for chunk in chunks:
        view = memoryview(chunk)
        while view:
            view = view[_write(result_fd, view) :]


def entry_point(namespace: dict[str, Any], name: str, arity: int) -> Any:
    """The function ``name`` of the loaded submission, or CompileProblem saying what is wrong
    (missing, not callable, cannot take ``arity`` positional arguments)."""
    function = namespace.get(name)
    if function is None:
        hint = _did_you_mean(namespace, name)
        raise CompileProblem(f"{SUBMISSION_FILENAME} defines no function `{name}`{hint}")
    if not callable(function):
        raise CompileProblem(
            f"`{name}` in {SUBMISSION_FILENAME} is a {_TYPE_NAME(type(function))}, not a function"
        )
    if not _takes(function, arity):
        raise CompileProblem(
            f"`{name}{_signature(function)}` cannot take the {arity} "
            f"positional argument(s) the problem passes; match the signature in the statement"
        )
    return function


def _takes(function: Any, arity: int) -> bool:
    """Whether ``function`` accepts ``arity`` positional arguments.

    A plain function is read from its code object (inspect is Python code the submission may
    have broken); anything else goes through inspect, and when that cannot tell, the call decides.
    """
    if type(function) is _FUNCTION and not _decorated(function):
        code = function.__code__
        defaults = function.__defaults__ or ()
        keyword_defaults = function.__kwdefaults__ or {}
        required = code.co_argcount - tuple.__len__(defaults)
        keyword_only_required = code.co_kwonlyargcount - dict.__len__(keyword_defaults)
        spare = arity <= code.co_argcount or code.co_flags & CO_VARARGS
        return keyword_only_required <= 0 and required <= arity and bool(spare)
    try:
        _signature_of(function).bind(*([None] * arity))
    except TypeError:
        return False
    except BaseException:  # builtins without a signature; a broken inspect
        return True
    return True


def _decorated(function: Any) -> bool:
    # inspect follows these; a wrapper's own code says (*args, **kwargs)
    attributes = function.__dict__
    return dict.__contains__(attributes, "__wrapped__") or dict.__contains__(attributes, "__signature__")


def _signature(function: Any) -> str:
    try:
        return str.__str__(str(_signature_of(function)))
    except BaseException:
        return "(...)"


def _did_you_mean(namespace: dict[str, Any], name: str) -> str:
    try:
        defined = [key for key, value in dict.items(namespace) if type(key) is str and callable(value)]
        close = _close_matches(name, defined, n=1)
        return f"; did you mean `{str.__str__(close[0])}`? rename it" if close else ""
    except BaseException:
        return ""


def import_message(error: BaseException) -> str:
    name = _IMPORT_NAME(error)
    if type(name) is not str:
        name = "?"
    return (
        f"{SUBMISSION_FILENAME} could not import `{name}`: {_safe_str(error)}. Only the standard "
        "library and numpy are available in the sandbox"
    )


def error_report(error: BaseException, lines: tuple[str, ...] = ()) -> dict[str, Any]:
    """The submission's own traceback: frames from solution.py only, trimmed; ``lines`` is its
    source. Built from the traceback objects themselves, not the traceback module."""
    frames = _submission_frames(error)
    listed = []
    for lineno, function in frames:
        listed.append(f'  File "{SUBMISSION_FILENAME}", line {lineno}, in {function}')
        if 0 < lineno <= len(lines):
            source = str.__str__(lines[lineno - 1]).strip()[:LINE_CHARS]
            if source:
                listed.append(f"    {source}")
    listed.append(_exception_line(error))
    text = "\n".join(listed).splitlines()
    if len(text) > TRACEBACK_LINES:
        text = [*text[:5], "  ...", *text[-(TRACEBACK_LINES - 6) :]]
    heading = "Traceback (most recent call last):\n" if frames else ""
    return {
        "type": _TYPE_NAME(type(error)),
        "message": _safe_str(error),
        "traceback": heading + "\n".join(text),
        "location": f"{SUBMISSION_FILENAME}:{frames[-1][0]}" if frames else None,
    }


def _submission_frames(error: BaseException) -> list[tuple[int, str]]:
    found = []
    entry = _TRACEBACK(error)
    for _ in range(TRACEBACK_FRAMES):
        if entry is None:
            break
        code = entry.tb_frame.f_code
        lineno = entry.tb_lineno
        if code.co_filename == SUBMISSION_FILENAME and type(lineno) is int:
            found.append((lineno, str.__str__(code.co_name)))
        entry = entry.tb_next
    return found


def _exception_line(error: BaseException) -> str:
    """As the traceback module writes it: ``module.Name: message``, builtins unqualified."""
    kind = type(error)
    name = _TYPE_QUALNAME(kind)
    module = _TYPE_MODULE(kind)
    if type(module) is str and module != "builtins" and module != "__main__":
        name = f"{module}.{name}"
    message = _safe_str(error)
    return f"{name}: {message}" if message else name


def _safe_str(error: BaseException) -> str:
    try:
        text = str(error)  # the submission's __str__ may run here, and fail or lie
    except BaseException:
        return "<unprintable>"
    return str.__str__(text)[:MESSAGE_CHARS]


SEALED = sealed.seal(globals())
