"""Temp dirs go, however a submission shaped them: deeper than the recursion limit and PATH_MAX,
with locked folders, links that point out (never followed)."""

from __future__ import annotations

import os
from pathlib import Path

from judge import paths


def _deep(top: Path, depth: int) -> None:
    fd = os.open(top, os.O_RDONLY | os.O_DIRECTORY)
    try:
        for level in range(depth):  # relative steps: the whole path is far past PATH_MAX
            os.mkdir("d" * 50, dir_fd=fd)
            if level % 97 == 0:
                os.close(os.open("f", os.O_CREAT | os.O_WRONLY, dir_fd=fd))
            inner = os.open("d" * 50, os.O_RDONLY | os.O_DIRECTORY, dir_fd=fd)
            os.close(fd)
            fd = inner
    finally:
        os.close(fd)


def test_a_tree_deeper_than_the_recursion_limit_and_path_max_goes(tmp_path: Path) -> None:
    top = tmp_path / "work"
    top.mkdir()
    _deep(top, 2500)
    paths.remove_tree(top)  # shutil.rmtree of Python 3.11 dies here with a RecursionError
    assert not top.exists()


def test_locked_folders_go_and_links_are_not_followed(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "keep.txt").write_text("keep")
    top = tmp_path / "work"
    (top / "a" / "b").mkdir(parents=True)
    (top / "a" / "b" / "x.txt").write_text("x")
    (top / "link").symlink_to(outside)
    os.chmod(top / "a", 0)
    paths.remove_tree(top)
    assert not top.exists() and (outside / "keep.txt").read_text() == "keep"
    paths.remove_tree(tmp_path / "missing")  # nothing there: nothing to do, no error
