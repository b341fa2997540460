"""A small softmax (multinomial logistic) model over hand-made features and, optionally, words:
trained with numpy and scipy by ``python -m pytest_trustllm.evaluators.train``, applied here in pure Python (no
numpy, no torch), so a verdict costs a few hundred additions.

Weights live in a JSON file next to the module that uses them: the feature names (checked against the
extractor's, so stale weights fail loudly), the classes, per-feature mean and scale, the vocabulary, and one
weight row and bias per class. Words are a text's unigrams and bigrams (:func:`grams`); only those seen in at
least two training texts are in the vocabulary and carry a weight. A word never seen in training weighs
nothing: with hashed words, each unseen word took the weight of whatever trained word shared its bucket, and
those collisions were what flagged a banana-bread recipe as toxic.
"""

from __future__ import annotations

import json
import math
import operator
import re
from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path
from typing import Any

_TOKEN = re.compile(r"[a-z0-9']+")


def grams(words: Sequence[str], tag: str = "") -> set[str]:
    """The unigrams and bigrams of ``words``, each prefixed with ``tag`` (the opening of an answer is not its
    middle)."""
    found = {*words, *map(" ".join, pairwise(words))}
    return {tag + g for g in found} if tag else found


def tokens(text: str) -> list[str]:
    """The lower-cased words of ``text``."""
    return _TOKEN.findall(text.lower())


@dataclass(frozen=True)
class LinearModel:
    """Standardise the features, add the weights of the words in the vocabulary, score each class, softmax."""

    version: int
    features: tuple[str, ...]
    classes: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    weights: tuple[tuple[float, ...], ...]
    bias: tuple[float, ...]
    vocabulary: tuple[str, ...] = ()
    folded: tuple[tuple[tuple[float, ...], dict[str, float], float], ...] = field(
        init=False, repr=False, compare=False
    )
    """Per class: the feature weights divided by the scale, each vocabulary word's weight, and the bias less the
    mean's share, so that sum(w * (x - mean) / scale) + b is one dot product: sum(w / scale * x) + (b - sum(w *
    mean / scale))."""

    known: frozenset[str] = field(init=False, repr=False, compare=False)
    """The vocabulary as a set."""

    def __post_init__(self) -> None:
        n = len(self.features)
        folded = tuple(
            (
                tuple(w / s for w, s in zip(row[:n], self.scale, strict=True)),
                dict(zip(self.vocabulary, row[n:], strict=True)),
                b - sum(w * m / s for w, m, s in zip(row[:n], self.mean, self.scale, strict=True)),
            )
            for row, b in zip(self.weights, self.bias, strict=True)
        )
        object.__setattr__(self, "folded", folded)  # frozen: set once, here
        object.__setattr__(self, "known", frozenset(self.vocabulary))

    def probabilities(self, x: Sequence[float], words: Collection[str] = ()) -> dict[str, float]:
        if len(x) != len(self.features):
            raise ValueError(f"{len(x)} features, the model reads {len(self.features)}")
        known = self.known.intersection(words)  # in C, over the smaller side: most of a text's words are unknown
        logits = [
            sum(map(operator.mul, weights, x)) + sum(map(by_word.__getitem__, known)) + b
            for weights, by_word, b in self.folded
        ]
        top = max(logits)
        exp = [math.exp(v - top) for v in logits]
        total = sum(exp)
        return {c: e / total for c, e in zip(self.classes, exp, strict=True)}

    def predict(self, x: Sequence[float], words: Collection[str] = ()) -> str:
        scores = self.probabilities(x, words)
        return max(scores, key=scores.__getitem__)

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": self.version,
            "features": list(self.features),
            "classes": list(self.classes),
            "vocabulary": list(self.vocabulary),
            "mean": [round(v, 5) for v in self.mean],
            "scale": [round(v, 5) for v in self.scale],
            "weights": [[round(v, 4) for v in row] for row in self.weights],
            "bias": [round(v, 5) for v in self.bias],
        }


def from_dict(data: dict[str, Any], features: Sequence[str], where: str = "model") -> LinearModel:
    """A model from :meth:`LinearModel.to_dict` data, trained on exactly ``features``."""
    if tuple(data["features"]) != tuple(features):
        raise RuntimeError(f"{where}: trained on other features than the extractor's; retrain it")
    return LinearModel(
        int(data["version"]),
        tuple(data["features"]),
        tuple(data["classes"]),
        tuple(data["mean"]),
        tuple(data["scale"]),
        tuple(tuple(row) for row in data["weights"]),
        tuple(data["bias"]),
        tuple(data.get("vocabulary", ())),
    )


def fit(
    rows: Sequence[Sequence[float]],
    labels: Sequence[str],
    features: Sequence[str],
    classes: Sequence[str],
    version: int,
    l2: float = 0.01,
    words: Sequence[Collection[str]] = (),
    signs: Mapping[str, int] | None = None,
    word_l2: float | None = None,
    min_count: int = 2,
) -> LinearModel:
    """Softmax regression with L2, classes weighted to balance them, fitted to convergence by L-BFGS (scipy).

    The L2 weight is what keeps the model from learning the training voices' wording: it is chosen by
    leaving one voice out at a time (see ``train.py``). ``signs`` (two classes only) fixes the direction of
    a feature's effect, +1 towards the second class and -1 away from it: a cue whose meaning is known
    ("Sure, here's how" opens an answer) cannot be learned backwards from a training set that happens to
    use it mostly in tricky counter-examples. ``word_l2`` (default ``l2``) is the words' own L2 weight:
    words are where a model learns its training voices' wording, so they can be held back harder than features.
    The vocabulary is every word in at least ``min_count`` of the training rows: a word seen once says more about
    its text than about its label."""
    import numpy as np
    from scipy.optimize import minimize

    x = np.asarray(rows, dtype=float)
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale < 1e-9] = 1.0
    z = (x - mean) / scale
    counts = Counter(w for present in words for w in set(present))
    vocabulary = tuple(sorted(w for w, c in counts.items() if c >= min_count))
    if vocabulary:
        index = {w: i for i, w in enumerate(vocabulary)}
        bag = np.zeros((len(rows), len(vocabulary)))
        for i, present in enumerate(words):
            bag[i, [index[w] for w in present if w in index]] = 1.0
        z = np.hstack([z, bag])
    position = {c: i for i, c in enumerate(classes)}
    y = np.zeros((len(labels), len(classes)))
    y[np.arange(len(labels)), [position[label] for label in labels]] = 1.0
    balance = y @ (len(labels) / (len(classes) * np.maximum(y.sum(axis=0), 1)))
    k, d = y.shape[1], z.shape[1]
    penalty = np.full(d, l2)
    penalty[len(features) :] = l2 if word_l2 is None else word_l2

    def loss(theta: Any) -> tuple[float, Any]:
        w, b = theta[: k * d].reshape(k, d), theta[k * d :]
        logits = z @ w.T + b
        logits -= logits.max(axis=1, keepdims=True)
        p = np.exp(logits)
        p /= p.sum(axis=1, keepdims=True)
        nll = -(balance * np.log(np.maximum((p * y).sum(axis=1), 1e-300))).sum() / len(labels)
        grad = (p - y) * balance[:, None] / len(labels)
        return (
            nll + 0.5 * float((penalty * w * w).sum()),
            np.concatenate([(grad.T @ z + penalty * w).ravel(), grad.sum(axis=0)]),
        )

    bounds: list[tuple[float | None, float | None]] = [(None, None)] * (k * d + k)
    for name, sign in (signs or {}).items():
        j = list(features).index(name)
        bounds[j] = (0.0, None) if sign < 0 else (None, 0.0)  # first class's weight
        bounds[d + j] = (0.0, None) if sign > 0 else (None, 0.0)  # second class's weight
    theta = minimize(loss, np.zeros(k * d + k), jac=True, method="L-BFGS-B", bounds=bounds, options={"maxiter": 500}).x
    w, b = theta[: k * d].reshape(k, d), theta[k * d :]
    return LinearModel(
        version,
        tuple(features),
        tuple(classes),
        tuple(float(v) for v in mean),
        tuple(float(v) for v in scale),
        tuple(tuple(float(v) for v in row) for row in w),
        tuple(float(v) for v in b),
        vocabulary,
    )


def read_weights(path: Path, version: int) -> dict[str, Any]:
    """The weights document at ``path``, which must be of ``version`` (stale weights fail loudly)."""
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    if data.get("version") != version:
        raise RuntimeError(f"{path}: weights of version {data.get('version')}, the code reads {version}; retrain")
    return data
