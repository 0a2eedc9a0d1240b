"""The environment every sandboxed process gets: numerical libraries pinned to one thread, so
timing is the submission's and not a thread pool's, in the container and the local sandbox alike."""

from __future__ import annotations

THREAD_ENV = {"OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
