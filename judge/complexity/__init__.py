"""Growth of time and memory with n: sampling plans, class inference, the verdict against the
reference, all pure (the sandboxed measuring lives in judge/curves.py)."""
