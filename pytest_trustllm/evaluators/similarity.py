"""How alike two texts are: cosine of embeddings, the longest shared run of words, ROUGE-L.

The word measures are a few lines each (difflib and one dynamic programme), so no library
is pulled in for them. Words are lower-cased runs of letters, digits and apostrophes.
"""

from __future__ import annotations

import difflib
import math
import re
from collections.abc import Sequence

_WORD = re.compile(r"[\w']+")


def words(text: str) -> list[str]:
    """The text's words, lower-cased, punctuation dropped."""
    return [w.lower() for w in _WORD.findall(text)]


def cosine(u: Sequence[float], v: Sequence[float]) -> float:
    """Cosine similarity of two vectors (0.0 when either is all zeros)."""
    if len(u) != len(v):
        raise ValueError(f"vectors differ in length: {len(u)} and {len(v)}")
    dot = sum(a * b for a, b in zip(u, v, strict=True))
    norm = math.sqrt(sum(a * a for a in u)) * math.sqrt(sum(b * b for b in v))
    return dot / norm if norm else 0.0


def longest_common_words(a: str, b: str) -> int:
    """Length, in words, of the longest run of consecutive words both texts contain."""
    x, y = words(a), words(b)
    match = difflib.SequenceMatcher(None, x, y, autojunk=False).find_longest_match(0, len(x), 0, len(y))
    return match.size


def rouge_l(candidate: str, reference: str) -> float:
    """ROUGE-L F-measure over words: the longest common subsequence against both lengths (0..1)."""
    x, y = words(candidate), words(reference)
    if not x or not y:
        return 0.0
    previous = [0] * (len(y) + 1)
    for word in x:
        current = [0]
        for j, other in enumerate(y, 1):
            current.append(previous[j - 1] + 1 if word == other else max(previous[j], current[j - 1]))
        previous = current
    lcs = previous[-1]
    if lcs == 0:
        return 0.0
    precision, recall = lcs / len(x), lcs / len(y)
    return 2 * precision * recall / (precision + recall)
