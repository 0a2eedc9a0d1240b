"""One full-batch gradient-descent step through a 2-layer MLP, backpropagation by hand.

hidden = ReLU(X @ W1 + b1), logit z = hidden @ W2 + b2, p = sigmoid(z);
loss = mean binary cross-entropy, computed stably from z; ReLU'(0) = 0 (as PyTorch).
step returns (W1, b1, W2, b2, loss) with the loss BEFORE the update;
train_xor repeats step on the 4 XOR points and returns (W1, b1, W2, b2, losses).
Allowed imports: the standard library and numpy.
"""

import numpy as np

XOR_X = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
XOR_Y = np.array([0, 1, 1, 0])


def step(
    X: np.ndarray,
    y: np.ndarray,
    W1: np.ndarray,
    b1: np.ndarray,
    W2: np.ndarray,
    b2: float,
    lr: float,
) -> tuple[np.ndarray, np.ndarray, np.ndarray, float, float]:
    raise NotImplementedError


def train_xor(
    W1: np.ndarray,
    b1: np.ndarray,
    W2: np.ndarray,
    b2: float,
    lr: float,
    epochs: int,
) -> tuple[np.ndarray, np.ndarray, np.ndarray, float, np.ndarray]:
    raise NotImplementedError
