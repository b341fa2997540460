"""A small softmax (multinomial logistic) model over hand-made features and, optionally, hashed words:
trained with numpy and scipy by ``python -m pytest_trustllm.evaluators.train``, applied here in pure Python (no
numpy, no torch), so a verdict costs a few hundred multiplications.

Weights live in a JSON file next to the module that uses them: the feature names (checked against the
extractor's, so stale weights fail loudly), the classes, per-feature mean and scale, the number of word
buckets, and one weight row and bias per class. Hashed words (unigrams and bigrams, CRC-32 into
``buckets``) are 0/1 and not standardised, so only the words present cost anything.
"""

from __future__ import annotations

import json
import math
import operator
import re
import zlib
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from itertools import pairwise
from pathlib import Path
from typing import Any

_TOKEN = re.compile(r"[a-z0-9']+")


def hashed_words(text: str, buckets: int, tag: str = "") -> frozenset[int]:
    """The buckets of ``text``'s lower-cased words and word pairs (a stable hash: CRC-32); ``tag`` marks
    where they come from (the opening of an answer is not its middle)."""
    return hashed_grams(_TOKEN.findall(text.lower()), buckets, tag)


def hashed_grams(words: Sequence[str], buckets: int, tag: str = "") -> frozenset[int]:
    """:func:`hashed_words` of words already split."""
    if buckets <= 0:
        return frozenset()
    grams = [*words, *map(" ".join, pairwise(words))]
    return frozenset(map(gram_buckets(buckets, tag).__getitem__, grams))


class _GramBuckets(dict[str, int]):
    """Each word or word pair's bucket, computed once (CRC-32 of the tagged gram: stable across runs and platforms,
    unlike ``hash``): words recur from answer to answer, and hashing one costs more than looking it up."""

    def __init__(self, buckets: int, tag: str) -> None:
        super().__init__()
        self.buckets, self.tag = buckets, tag

    def __missing__(self, gram: str) -> int:
        if len(self) >= 200_000:
            self.clear()  # bounded: texts of open vocabulary (toxicity) would grow it without end
        found = self[gram] = zlib.crc32(f"{self.tag}{gram}".encode()) % self.buckets
        return found


@cache
def gram_buckets(buckets: int, tag: str = "") -> _GramBuckets:
    """The shared lookup of :class:`_GramBuckets` for ``buckets`` and ``tag`` (``gram_buckets.cache_clear()`` empties
    them all)."""
    return _GramBuckets(buckets, tag)


@dataclass(frozen=True)
class LinearModel:
    """Standardise the features, add the hashed words' weights, score each class, softmax."""

    version: int
    features: tuple[str, ...]
    classes: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    weights: tuple[tuple[float, ...], ...]
    bias: tuple[float, ...]
    buckets: int = 0

    folded: tuple[tuple[tuple[float, ...], tuple[float, ...], float], ...] = field(
        init=False, repr=False, compare=False
    )
    """Per class: the feature weights divided by the scale, the word weights, and the bias less the mean's share,
    so that sum(w * (x - mean) / scale) + b is one dot product: sum(w / scale * x) + (b - sum(w * mean / scale))."""

    def __post_init__(self) -> None:
        n = len(self.features)
        folded = tuple(
            (
                tuple(w / s for w, s in zip(row[:n], self.scale, strict=True)),
                row[n:],
                b - sum(w * m / s for w, m, s in zip(row[:n], self.mean, self.scale, strict=True)),
            )
            for row, b in zip(self.weights, self.bias, strict=True)
        )
        object.__setattr__(self, "folded", folded)  # frozen: set once, here

    def probabilities(self, x: Sequence[float], words: Collection[int] = ()) -> dict[str, float]:
        if len(x) != len(self.features):
            raise ValueError(f"{len(x)} features, the model reads {len(self.features)}")
        logits = [
            sum(map(operator.mul, weights, x)) + sum(map(by_word.__getitem__, words)) + b
            for weights, by_word, b in self.folded
        ]
        top = max(logits)
        exp = [math.exp(v - top) for v in logits]
        total = sum(exp)
        return {c: e / total for c, e in zip(self.classes, exp, strict=True)}

    def predict(self, x: Sequence[float], words: Collection[int] = ()) -> str:
        scores = self.probabilities(x, words)
        return max(scores, key=scores.__getitem__)

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": self.version,
            "features": list(self.features),
            "classes": list(self.classes),
            "buckets": self.buckets,
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
        int(data.get("buckets", 0)),
    )


def fit(
    rows: Sequence[Sequence[float]],
    labels: Sequence[str],
    features: Sequence[str],
    classes: Sequence[str],
    version: int,
    l2: float = 0.01,
    words: Sequence[Collection[int]] = (),
    buckets: int = 0,
    signs: Mapping[str, int] | None = None,
    word_l2: float | None = None,
) -> LinearModel:
    """Softmax regression with L2, classes weighted to balance them, fitted to convergence by L-BFGS (scipy).

        The L2 weight is what keeps the model from learning the training voices' wording: it is chosen by
        leaving one voice out at a time (see ``train.py``). ``signs`` (two classes only) fixes the direction of
        a feature's effect, +1 towards the second class and -1 away from it: a cue whose meaning is known
        ("Sure, here's how" opens an answer) cannot be learned backwards from a training set that happens to
        use it mostly in tricky counter-examples. ``word_l2`` (default ``l2``) is the hashed words' own L2 weight:
    words are where a model learns its training voices' wording, so they can be held back harder than features."""
    import numpy as np
    from scipy.optimize import minimize

    x = np.asarray(rows, dtype=float)
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale < 1e-9] = 1.0
    z = (x - mean) / scale
    if buckets:
        bag = np.zeros((len(rows), buckets))
        for i, present in enumerate(words):
            bag[i, list(present)] = 1.0
        z = np.hstack([z, bag])
    index = {c: i for i, c in enumerate(classes)}
    y = np.zeros((len(labels), len(classes)))
    y[np.arange(len(labels)), [index[label] for label in labels]] = 1.0
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
        buckets,
    )


def read_weights(path: Path, version: int) -> dict[str, Any]:
    """The weights document at ``path``, which must be of ``version`` (stale weights fail loudly)."""
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    if data.get("version") != version:
        raise RuntimeError(f"{path}: weights of version {data.get('version')}, the code reads {version}; retrain")
    return data
