"""Accepted: the ArcMarginProduct recipe of the common PyTorch implementation, in numpy.

cos(theta + m) = cos * cos(m) - sin * sin(m) with sin = sqrt(clip(1 - cos^2, 0, 1)) (no
arccos), th = cos(pi - m), mm = sin(pi - m) * m, and a one-hot blend of phi and cos_theta.
Cosines come from the raw dot products divided by the outer product of the norms. The loss
uses np.logaddexp.reduce for the log-sum-exp. A different but valid float64 formula: its
logits differ from the reference's by rounding only (most near theta = 0), within the
tolerance.
"""

import math

import numpy as np


def arcface_logits(emb, W, labels, s, m):
    norms = np.sqrt((emb * emb).sum(axis=1))
    class_norms = np.sqrt((W * W).sum(axis=1))
    cosine = (emb @ W.T) / np.outer(norms, class_norms)
    sine = np.sqrt(np.clip(1.0 - cosine**2, 0.0, 1.0))
    phi = cosine * math.cos(m) - sine * math.sin(m)
    th = math.cos(math.pi - m)
    mm = math.sin(math.pi - m) * m
    phi = np.where(cosine > th, phi, cosine - mm)
    one_hot = np.zeros_like(cosine)
    one_hot[np.arange(len(labels)), labels] = 1.0
    return s * (one_hot * phi + (1.0 - one_hot) * cosine)


def arcface_loss(emb, W, labels, s, m):
    logits = arcface_logits(emb, W, labels, s, m)
    log_sum = np.logaddexp.reduce(logits, axis=1)
    return float((log_sum - logits[np.arange(len(labels)), labels]).mean())
