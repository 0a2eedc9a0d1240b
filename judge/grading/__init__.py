"""Practice repos: finding their solutions (practice.py), grading and scoring them (grader.py),
against a baseline (baseline.py), many at once (batch.py), and the records all of it produces
(records.py)."""
