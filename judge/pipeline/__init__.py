"""Orchestration over the backends: one submission's tests and growth (submit.py, curves.py),
a package's soundness (verify.py), its budgets (calibrate.py), a line profile (profiling.py),
and the records the maintainers' tools produce (records.py)."""
