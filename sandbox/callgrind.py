"""The counted pass: read what callgrind dumped for one child.

The host starts the runner under ``valgrind --tool=callgrind`` with a dump before getppid and
another before getpgrp, into ``<count_files>.<pid>.<part>`` (the header's path prefix); a
counted child calls getppid right before the submission's function and getpgrp right after it
(attempt._counted_call). So
a child leaves exactly: a dump triggered by getppid (all it did before), one triggered by
getpgrp (the call itself) and, unnumbered, the one at its exit. Any other sequence means the
submission called one of the two itself: the count is then not reported. The count is only as
trustworthy as the process that made it (docs/complexity.md says so); no verdict rests on it.
"""

from __future__ import annotations

import os
import re

HEADER_BYTES = 8192  # the trigger and the summary sit in a dump's first lines
TRIGGER = re.compile(rb"^desc: Trigger: (.*)$", re.MULTILINE)
SUMMARY = re.compile(rb"^summary: (\d+)$", re.MULTILINE)


def clear(count_files: str) -> None:
    """Remove every dump under the prefix (the runner's own included)."""
    directory, prefix = os.path.split(count_files)
    try:
        names = os.listdir(directory)
    except OSError:
        return
    for name in names:
        if name.startswith(prefix + "."):
            try:
                os.unlink(os.path.join(directory, name))
            except OSError:
                pass


def warm_up() -> None:
    """The markers' first calls bind their symbols (about a thousand instructions more): made
    once in the runner, so every child it forks starts bound."""
    os.getppid()
    os.getpgrp()


def instructions(count_files: str, pid: int) -> int | None:
    """The instructions between the marks of child ``pid``; None without exactly one pair."""
    count_dir, stem = os.path.split(count_files)
    prefix = f"{stem}.{pid}."
    parts = []
    try:
        names = os.listdir(count_dir)
    except OSError:
        return None
    for name in names:
        number = name[len(prefix) :] if name.startswith(prefix) else ""
        if not number.isdigit():
            continue
        try:
            with open(os.path.join(count_dir, name), "rb") as handle:
                head = handle.read(HEADER_BYTES)
        except OSError:
            return None
        trigger, total = TRIGGER.search(head), SUMMARY.search(head)
        if trigger is None or total is None:
            return None
        parts.append((int(number), trigger.group(1), int(total.group(1))))
    parts.sort()
    triggers = [trigger for _, trigger, _ in parts]
    if len(parts) != 2 or b"getppid" not in triggers[0] or b"getpgrp" not in triggers[1]:
        return None
    return parts[1][2]
