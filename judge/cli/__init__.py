"""The `judge` command line: click commands, progress on stderr, and every file written for the
user (output.py). The entry point is judge.cli.main:main."""
