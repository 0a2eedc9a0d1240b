from pathlib import Path

from judge.backends.offline_base import apt_mirror


def test_mirror_from_deb822_sources(tmp_path: Path) -> None:
    folder = tmp_path / "sources.list.d"
    folder.mkdir()
    (folder / "debian.sources").write_text(
        "Types: deb\nURIs: http://mirror.example/debian\nSuites: bookworm\n\n"
        "Types: deb\nURIs: http://mirror.example/debian-security\nSuites: bookworm-security\n"
    )
    assert apt_mirror((folder, tmp_path / "sources.list")) == "http://mirror.example/debian"


def test_mirror_from_one_line_sources(tmp_path: Path) -> None:
    listing = tmp_path / "sources.list"
    listing.write_text(
        "# comment\ndeb [signed-by=/k.gpg] http://other.example/debian-security bookworm-security main\n"
        "deb http://other.example/debian/ bookworm main\n"
    )
    assert apt_mirror((tmp_path / "missing.d", listing)) == "http://other.example/debian"


def test_no_mirror(tmp_path: Path) -> None:
    assert apt_mirror((tmp_path / "none.d", tmp_path / "none.list")) is None
