"""Seeded inputs for the two functions.

kind = "prf": {"y_true", "y_pred", "positive"} -- labels drawn from ``classes`` values
            (``labels`` = "range" 0..classes-1, or "spread": distinct integers in -1000..1000),
            each prediction right with probability ``accuracy`` (else another label); the
            positive label is one of the labels, or ``missing`` (in neither array).
kind = "auc": {"y_true", "scores"} -- ``positive`` share of 1s; shapes: "normal" (positives'
            scores shifted by ``shift``), "rounded" (the same, rounded to ``levels`` distinct
            values: many ties, also across the classes), "constant" (one score for all),
            "single_class" (every label ``label``).
"""

import random

import numpy as np


def generate(rng: random.Random, kind: str, n: int, **params) -> dict:
    numbers = np.random.default_rng(rng.getrandbits(64))
    if kind == "prf":
        return _prf(numbers, n, **params)
    if kind == "auc":
        return _auc(numbers, n, **params)
    raise ValueError(f"unknown kind {kind!r}")


def _prf(numbers, n, classes=2, accuracy=0.8, labels="range", positive="first", weights=None):
    values = np.arange(classes)
    if labels == "spread":
        values = numbers.choice(np.arange(-1000, 1001), size=classes, replace=False)
    share = np.asarray(weights, dtype=float) if weights else np.ones(classes)
    y_true = numbers.choice(classes, size=n, p=share / share.sum())
    wrong = (y_true + numbers.integers(1, max(classes, 2), size=n)) % classes
    y_pred = np.where(numbers.random(n) < accuracy, y_true, wrong)
    if positive == "missing":
        chosen = int(values.max()) + 1
    else:
        chosen = int(values[0 if positive == "first" else numbers.integers(0, classes)])
    return {
        "y_true": values[y_true].astype(np.int64),
        "y_pred": values[y_pred].astype(np.int64),
        "positive": chosen,
    }


def _auc(numbers, n, positive=0.5, shape="normal", shift=1.0, levels=10, label=1):
    y_true = (numbers.random(n) < positive).astype(np.int64)
    if shape == "single_class":
        return {"y_true": np.full(n, label, dtype=np.int64), "scores": numbers.normal(size=n)}
    if shape == "constant":
        return {"y_true": y_true, "scores": np.full(n, 0.25)}
    scores = numbers.normal(size=n) + shift * y_true
    if shape == "rounded":
        low, high = scores.min(), scores.max()
        scores = np.round((scores - low) / (high - low + 1e-12) * (levels - 1)) / (levels - 1)
    elif shape != "normal":
        raise ValueError(f"unknown shape {shape!r}")
    return {"y_true": y_true, "scores": scores}
