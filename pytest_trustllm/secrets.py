"""Keep API keys out of everything the plugin writes: error messages, failure text, reports, logs."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable

REDACTED = "[REDACTED]"
SECRET_SUFFIXES = ("_API_KEY", "_TOKEN", "_SECRET", "_ACCESS_KEY")
MIN_SECRET_LENGTH = 8  # shorter values ("1", "true") would redact ordinary words

_PATTERNS = re.compile(
    "|".join(
        [
            # Not inside a word ("multi-task-learning" is no key).
            r"(?<![A-Za-z0-9_\-])sk-ant-[A-Za-z0-9_\-]{8,}",  # Anthropic
            r"(?<![A-Za-z0-9_\-])sk-[A-Za-z0-9_\-]{16,}",  # OpenAI (sk-..., sk-proj-...)
            r"(?<![A-Za-z0-9_\-])hf_[A-Za-z0-9]{20,}",  # Hugging Face
            r"(?<=Bearer )[A-Za-z0-9._~+/\-]{12,}=*",  # Authorization: Bearer <token> (capitalized, as sent)
            r"(?<=[Aa][Pp][Ii][_-][Kk][Ee][Yy]=)[^\s&'\",]{8,}",  # ...?api_key=<key>
            r"(?<=[Xx]-[Aa][Pp][Ii]-[Kk][Ee][Yy]: )\S{8,}",
        ]
    )
)

_watched: set[str] = set()


def watch_env(names: Iterable[str]) -> None:
    """Also treat these environment variables as secrets (``api_key_env`` targets in the settings)."""
    _watched.update(names)


def secret_values() -> list[str]:
    """Values of the environment's secret-looking variables, longest first."""
    values = {
        value
        for name, value in os.environ.items()
        if (name.upper().endswith(SECRET_SUFFIXES) or name in _watched) and len(value) >= MIN_SECRET_LENGTH
    }
    return sorted(values, key=len, reverse=True)


def redact(text: str) -> str:
    """``text`` with every known secret, any piece of one, and key-shaped strings replaced by ``[REDACTED]``."""
    return _PATTERNS.sub(REDACTED, mask_pieces(text, secret_values(), REDACTED))


def mask_pieces(text: str, secrets: Iterable[str], mask: str) -> str:
    """``text`` with every run of :data:`MIN_SECRET_LENGTH` or more characters of a secret replaced by ``mask``.

    A server that echoes a key without its prefix, or only its middle, leaks no more than
    seven characters of it. Each hit of an 8-character piece is widened to the longest run of
    the secret around it, so the whole echoed stretch goes.
    """
    spans: list[tuple[int, int]] = []
    for secret in secrets:
        if len(secret) < MIN_SECRET_LENGTH:
            continue
        pieces = {secret[i : i + MIN_SECRET_LENGTH]: i for i in range(len(secret) - MIN_SECRET_LENGTH + 1)}
        pattern = re.compile("|".join(map(re.escape, pieces)))
        at = 0
        while (hit := pattern.search(text, at)) is not None:
            start, end, j = hit.start(), hit.end(), pieces[hit.group()]
            k = j + MIN_SECRET_LENGTH
            while start > 0 and j > 0 and text[start - 1] == secret[j - 1]:
                start, j = start - 1, j - 1
            while end < len(text) and k < len(secret) and text[end] == secret[k]:
                end, k = end + 1, k + 1
            spans.append((start, end))
            at = end
    if not spans:
        return text
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    out, last = [], 0
    for start, end in merged:
        out += [text[last:start], mask]
        last = end
    return "".join([*out, text[last:]])
