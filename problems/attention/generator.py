"""Seeded inputs for both functions.

``generate(rng, kind="sdp", n, m, d, dv, mask, keep, scale, hide_top, empty_rows)`` ->
{"Q", "K", "V", "mask"} for scaled_dot_product: Q (n, d), K (m, d) with standard normal
entries times ``scale`` (the logits Q K^T / sqrt(d) grow like scale^2: scale = 30 gives logits in
the thousands, where exp overflows), V (m, dv) standard normal. ``mask`` (True = may attend):
  all     every entry True (no masking);
  random  each entry True with probability ``keep``;
  causal  query i sees keys j <= i (np.tri(n, m));
  padding query i sees keys j < L_i, L_i uniform in 0..m (L_i = 0: a fully masked row).
Then ``empty_rows`` (a fraction of the rows) are masked entirely, and with ``hide_top`` (an int)
each row's ``hide_top`` highest-scoring keys are masked too, so the row maximum over all keys is
a masked one (a softmax that takes the maximum before masking underflows to 0 / 0 there).

``generate(rng, kind="mha", n, d_model, heads, causal, scale)`` -> {"X", "Wq", "Wk", "Wv", "Wo",
"heads", "causal"} for multi_head: X (n, d_model) standard normal, each W standard normal times
scale / sqrt(d_model) (scale = 1 keeps the projections at unit size; larger makes the attention
sharper).
"""

import random

import numpy as np


def generate(
    rng: random.Random,
    kind: str = "sdp",
    n: int = 8,
    m: int | None = None,
    d: int = 8,
    dv: int | None = None,
    mask: str = "random",
    keep: float = 0.8,
    scale: float = 1.0,
    hide_top: int = 0,
    empty_rows: float = 0.0,
    d_model: int = 16,
    heads: int = 2,
    causal: bool = True,
) -> dict:
    numbers = np.random.default_rng(rng.getrandbits(64))
    if kind == "mha":
        if d_model % heads:
            raise ValueError(f"heads = {heads} does not divide d_model = {d_model}")
        X = numbers.standard_normal((n, d_model))
        size = scale / np.sqrt(d_model)
        Wq, Wk, Wv, Wo = (numbers.standard_normal((d_model, d_model)) * size for _ in range(4))
        return {"X": X, "Wq": Wq, "Wk": Wk, "Wv": Wv, "Wo": Wo, "heads": int(heads), "causal": bool(causal)}
    if kind != "sdp":
        raise ValueError(f"unknown kind {kind!r}")
    m = n if m is None else m
    dv = d if dv is None else dv
    Q = numbers.standard_normal((n, d)) * scale
    K = numbers.standard_normal((m, d)) * scale
    V = numbers.standard_normal((m, dv))
    if mask == "all":
        allowed = np.ones((n, m), dtype=bool)
    elif mask == "random":
        allowed = numbers.random((n, m)) < keep
    elif mask == "causal":
        allowed = np.tri(n, m, dtype=bool)
    elif mask == "padding":
        lengths = numbers.integers(0, m + 1, size=n)
        allowed = np.arange(m)[None, :] < lengths[:, None]
    else:
        raise ValueError(f"unknown mask {mask!r}")
    if empty_rows:
        allowed[numbers.random(n) < empty_rows] = False
    if hide_top and m:
        top = np.argsort(-(Q @ K.T), axis=1)[:, :hide_top]
        np.put_along_axis(allowed, top, False, axis=1)
    return {"Q": Q, "K": K, "V": V, "mask": allowed}
