"""Seeded CRF inputs: ``generate(rng, T, S, **params)`` -> {"emissions", "transitions",
"start", "end"} for a sentence of T words and S tags.

Every potential is drawn from N(0, scale^2) (emissions with a per-word bias towards one tag,
as a trained tagger gives them: `peak` added to one random tag of each word).

- quantum: when > 0, every potential is rounded to a multiple of it (1.0: integers; 1/64:
  dyadic steps). All sums are then exact in float64, so equal-score paths are exact ties.
- forbid: fraction of the transitions set to -inf (tag i can never be followed by tag j).
- dictionary: fraction of the emissions set to -inf (a word that cannot take that tag).
- dead: number of tags no tag may be followed by (a whole column of transitions is -inf):
  they can only be the first tag.
- start_forbid / end_forbid: fraction of the start / end scores set to -inf.
- shift: added to every emission (-800: every path score is far below -709, where exp
  underflows to 0).
Some -inf entries are restored afterwards along one random "gold" path, so at least one path
has a finite score whatever the fractions are (dead tags never appear after position 0 on it).
"""

import random

import numpy as np


def generate(
    rng: random.Random,
    T: int,
    S: int,
    scale: float = 1.0,
    peak: float = 2.0,
    quantum: float = 0.0,
    forbid: float = 0.0,
    dictionary: float = 0.0,
    dead: int = 0,
    start_forbid: float = 0.0,
    end_forbid: float = 0.0,
    shift: float = 0.0,
) -> dict:
    numbers = np.random.default_rng(rng.getrandbits(64))
    emissions = numbers.normal(0.0, scale, size=(T, S))
    emissions[np.arange(T), numbers.integers(0, S, size=T)] += peak * scale
    transitions = numbers.normal(0.0, scale, size=(S, S))
    start = numbers.normal(0.0, scale, size=S)
    end = numbers.normal(0.0, scale, size=S)
    if quantum > 0:
        emissions, transitions, start, end = (
            np.round(x / quantum) * quantum for x in (emissions, transitions, start, end)
        )

    dead_tags = numbers.permutation(S)[: min(dead, S - 1)]
    live = np.setdiff1d(np.arange(S), dead_tags)
    gold = numbers.choice(live, size=T)
    gold[0] = numbers.integers(0, S)  # a dead tag may start the sentence

    saved = (emissions[np.arange(T), gold].copy(), transitions[gold[:-1], gold[1:]].copy())
    saved_ends = (start[gold[0]], end[gold[-1]])
    emissions[numbers.random((T, S)) < dictionary] = -np.inf
    transitions[numbers.random((S, S)) < forbid] = -np.inf
    transitions[:, dead_tags] = -np.inf
    start[numbers.random(S) < start_forbid] = -np.inf
    end[numbers.random(S) < end_forbid] = -np.inf
    emissions[np.arange(T), gold] = saved[0]
    transitions[gold[:-1], gold[1:]] = saved[1]
    start[gold[0]], end[gold[-1]] = saved_ends
    emissions = emissions + (shift + 0.0)  # + 0.0 also turns the -0.0 of rounding into 0.0
    transitions, start, end = transitions + 0.0, start + 0.0, end + 0.0
    return {"emissions": emissions, "transitions": transitions, "start": start, "end": end}
