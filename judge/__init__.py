"""mljudge: an auto-graded judge for machine-learning interview coding challenges."""

__version__ = "0.1.0"
