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
    """``text`` with every known secret value and key-shaped string replaced by ``[REDACTED]``."""
    for value in secret_values():
        text = text.replace(value, REDACTED)
    return _PATTERNS.sub(REDACTED, text)
