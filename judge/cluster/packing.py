"""A local repo folder as one tar archive in a task, and back into a folder on the worker.

The trust rules of practice repos hold on both sides (grading/practice.py, submission.py):
nothing outside the repo is ever read, and only regular files are. Packing walks the folder
without following links and refuses, with one line naming the file, a link whose target leaves
the repo and anything that is not a regular file, a folder or a link (a FIFO, a device, a
socket); a link that stays inside is packed as a link, so the worker's grading sees the repo as
the local run does. Every file is read with the bounded read, the total is capped, and `.git`
is left out (grading never reads it; a git URL is cloned by the worker instead).

The archive is deterministic (sorted names, no times, owners or modes beyond the exec bit), so
its sha256 names the content: the same folder packs to the same bytes and the same task id.

Unpacking trusts nothing: a member must be a plain relative name (no `..`, no absolute path),
a file, a folder or a link; no member is written through a link made earlier; files land with
O_EXCL | O_NOFOLLOW, and the total is capped again.
"""

from __future__ import annotations

import hashlib
import io
import os
import stat
import tarfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from judge import paths, submission
from judge.errors import UsageError

MAX_BYTES = 32 << 20  # a repo of solutions is kilobytes; data sets belong elsewhere
MAX_MEMBERS = 20_000
SKIPPED = frozenset({".git"})


@dataclass(frozen=True)
class Packed:
    data: bytes  # the tar archive
    sha256: str  # of ``data``: the content's name in the task id


def pack(root: Path, cap: int = MAX_BYTES) -> Packed:
    """The folder at ``root`` as a tar archive, or UsageError naming what cannot be sent."""
    shown = paths.shown(root)
    real_root = root.resolve()
    buffer = io.BytesIO()
    total = 0
    with tarfile.open(fileobj=buffer, mode="w", format=tarfile.PAX_FORMAT) as archive:
        for relative in _walk(real_root, shown):
            path = real_root / relative
            mode = os.lstat(path).st_mode
            info = tarfile.TarInfo(relative.as_posix())
            info.mtime = 0
            info.uid = info.gid = 0
            info.uname = info.gname = ""
            if stat.S_ISLNK(mode):
                target = os.readlink(path)
                if not submission.inside(Path(os.path.realpath(path)), real_root):
                    raise UsageError(
                        f"{shown}/{relative}: {submission.LEAVES_REPO}; commit the file itself, not a "
                        "link (a repo sent to the cluster is packed whole)"
                    )
                info.type, info.linkname, info.mode = tarfile.SYMTYPE, target, 0o777
                archive.addfile(info)
            elif stat.S_ISDIR(mode):
                info.type, info.mode = tarfile.DIRTYPE, 0o755
                archive.addfile(info)
            elif stat.S_ISREG(mode):
                left = cap - total
                data = submission.read_bounded(path, f"{shown}/{relative}", max(left, 0), within=real_root)
                total += len(data)
                if total > cap:
                    raise UsageError(
                        f"{shown}: over the {cap >> 20} MiB limit for a repo sent to the cluster; "
                        "remove large data files from it, or list it as a git URL"
                    )
                info.size, info.mode = len(data), 0o755 if mode & 0o111 else 0o644
                archive.addfile(info, io.BytesIO(data))
            else:
                raise UsageError(
                    f"{shown}/{relative}: is {submission.kind_of(mode)}; a repo sent to the cluster may "
                    "hold only files, folders and links inside it: remove it"
                )
    data = buffer.getvalue()
    return Packed(data, hashlib.sha256(data).hexdigest())


def _walk(root: Path, shown: str) -> list[PurePosixPath]:
    """Every entry under ``root`` (not following links), parents before children, sorted."""
    found: list[PurePosixPath] = []
    pending = [PurePosixPath()]
    while pending:
        folder = pending.pop()
        try:
            entries = sorted(os.scandir(root / folder), key=lambda entry: entry.name)
        except OSError as error:
            raise UsageError(
                f"{shown}/{folder}: cannot be listed ({error.strerror}); fix its permissions"
            ) from None
        for entry in entries:
            if folder == PurePosixPath() and entry.name in SKIPPED:
                continue
            relative = folder / entry.name
            found.append(relative)
            if len(found) > MAX_MEMBERS:
                raise UsageError(
                    f"{shown}: over {MAX_MEMBERS} files; a repo sent to the cluster holds solutions"
                )
            if entry.is_dir(follow_symlinks=False):
                pending.append(relative)
    return sorted(found, key=lambda path: path.parts)


def unpack(data: bytes, into: Path, cap: int = MAX_BYTES) -> None:
    """Recreate a packed repo in the new folder ``into``; ValueError when the archive breaks a rule."""
    into.mkdir()
    written = 0
    with tarfile.open(fileobj=io.BytesIO(data), mode="r:") as archive:
        for count, member in enumerate(archive):
            if count >= MAX_MEMBERS:
                raise ValueError(f"over {MAX_MEMBERS} members")
            name = PurePosixPath(member.name)
            if name.is_absolute() or ".." in name.parts or not name.parts or name.parts[0] in SKIPPED:
                raise ValueError(f"member {member.name!r}: not a plain relative name")
            target = into.joinpath(*name.parts)
            # no member may be written through a link an earlier member made
            if not _plain_dir(target.parent, into):
                raise ValueError(f"member {member.name!r}: its folder is not a plain folder")
            if member.isdir():
                target.mkdir(mode=0o755)
            elif member.issym():
                os.symlink(member.linkname, target)
            elif member.isfile():
                written += member.size
                if written > cap:
                    raise ValueError(f"over {cap} bytes")
                source = archive.extractfile(member)
                assert source is not None  # a regular member always has data
                fd = os.open(
                    target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, member.mode & 0o755
                )
                with os.fdopen(fd, "wb") as out:
                    out.write(source.read())
            else:
                raise ValueError(f"member {member.name!r}: not a file, folder or link")


def _plain_dir(folder: Path, root: Path) -> bool:
    """``folder`` is ``root`` or a real folder under it with no link on the way."""
    current = folder
    while current != root:
        if current.is_symlink() or not current.is_dir():
            return False
        if current.parent == current:
            return False
        current = current.parent
    return True
