"""Report renderers: each module has ``render(report) -> str`` and touches no files."""
